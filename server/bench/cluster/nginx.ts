import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpuSecondsOf } from './node-process.ts';

/**
 * nginx from Debian, installed when missing (the bench says so; it needs root and the
 * Debian mirror). Answers the binary's path.
 */
export function ensureNginx(): string {
  const found = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error(
      'nginx is missing: run `sudo apt-get update && sudo apt-get install -y nginx`, then the bench again',
    );
  }
  console.log('nginx is missing: installing Debian’s package (apt-get update && apt-get install -y nginx) …');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return '/usr/sbin/nginx';
}

export interface Site {
  port: number;
  upstreams: number[];
}

/**
 * Round robin over the nodes, as docs/deploy.md configures it: keep-alive to the nodes,
 * a node that refuses connections is skipped, and a POST is passed to the next node only
 * when the first never got it (`error` on connect), never after it may have run; the
 * client's retry with the same Idempotency-Key covers the rest.
 */
function siteConfig(site: Site, index: number): string {
  const servers = site.upstreams.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n');
  return `
  upstream sprout_${index} {
${servers}
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${site.port};
    client_max_body_size 25m;
    location / {
      proxy_pass http://sprout_${index};
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Request-Id $request_id;
      proxy_next_upstream error timeout;
      proxy_connect_timeout 1s;
      proxy_buffering off;
    }
  }`;
}

export interface Nginx {
  /** CPU seconds of the master and its workers so far. */
  cpuSeconds(): number;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground with its own prefix folder, one listening port per site. */
export async function startNginx(binary: string, dir: string, sites: Site[]): Promise<Nginx> {
  mkdirSync(join(dir, 'logs'), { recursive: true });
  const runAs = process.getuid?.() === 0 ? 'user root;' : '';
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${runAs}
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'logs/error.log')} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
${sites.map(siteConfig).join('\n')}
}
`,
  );
  const child: ChildProcess = spawn(binary, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    const up = await fetch(`http://127.0.0.1:${sites[0]?.port}/api/v1/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const master = child.pid as number;
  return {
    cpuSeconds: () => {
      const workers = readFileSync(`/proc/${master}/task/${master}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
      return [master, ...workers.map(Number)].reduce((sum, pid) => sum + cpuSecondsOf(pid), 0);
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
    },
  };
}
