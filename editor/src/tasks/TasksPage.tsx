import type { TaskView, TodoItem } from '@sprout/shared/api';
import { useState } from 'react';
import { deadlineLabel } from '@sprout/shared/tasks';
import { useI18n } from '../i18n/index.tsx';
import { Link } from '../shell/router.tsx';
import { useSession } from '../shell/session.tsx';
import { useAsync } from '../shell/use-async.ts';
import { AsyncView } from '../console/States.tsx';
import { CreateTaskDialog } from './CreateTaskDialog.tsx';
import { Notices } from './Notices.tsx';
import { StateBadge } from './StateBadge.tsx';
import { useTasksApi } from './use-tasks-api.ts';

/** `/tasks`: what my org must fill (待填报 / 已报), and the tasks sent from or to my area. */
export function TasksPage() {
  const { t } = useI18n();
  const tapi = useTasksApi();
  const { user } = useSession();
  const [creating, setCreating] = useState(false);
  const [note, setNote] = useState('');
  const [state, reload] = useAsync(async () => {
    const [todo, list, notices] = await Promise.all([tapi.todo(), tapi.list(), tapi.notices()]);
    return { todo: todo.items, tasks: list.items, notices: notices.items };
  }, [tapi]);
  // A village has no orgs below it to send to.
  const canSend = Boolean(user?.roles.some((r) => r === 'admin' || r === 'builder')) && user?.org.level !== 'village';
  return (
    <main className="page page-wide console" id="main">
      <div className="page-head">
        <h1>{t('tasks.title')}</h1>
        {canSend && (
          <button type="button" className="button" onClick={() => setCreating(true)}>
            {t('tasks.create')}
          </button>
        )}
      </div>
      <p role="status" className="ok">
        {note}
      </p>
      <AsyncView state={state} retry={reload}>
        {({ todo, tasks, notices }) => (
          <>
            <Notices items={notices} />
            <section aria-labelledby="todo-h">
              <h2 id="todo-h">{t('tasks.todo')}</h2>
              {todo.length === 0 ? <p className="empty">{t('tasks.todo.none')}</p> : <TodoList items={todo} />}
            </section>
            <section aria-labelledby="sent-h">
              <h2 id="sent-h">{t('tasks.sent')}</h2>
              {tasks.length === 0 ? <p className="empty">{t('tasks.sent.none')}</p> : <TaskList tasks={tasks} />}
            </section>
          </>
        )}
      </AsyncView>
      {creating && (
        <CreateTaskDialog
          onClose={() => setCreating(false)}
          onCreated={(task) => {
            setCreating(false);
            setNote(t('tasks.created', { n: task.assigneeCount }));
            reload();
          }}
        />
      )}
    </main>
  );
}

function TodoList({ items }: { items: TodoItem[] }) {
  const { t } = useI18n();
  return (
    <ul className="task-list">
      {items.map((item) => {
        const done = item.state === 'submitted' || item.state === 'late';
        return (
          <li key={`${item.task.id}-${item.period.key}`} className="card task-card">
            <strong>{item.task.title}</strong> <StateBadge state={item.state} />
            <p className="muted small">
              {t('tasks.period', { start: item.period.start, end: item.period.end })} ·{' '}
              {t('tasks.deadline', { time: deadlineLabel(item.period.deadline) })}
            </p>
            <Link className="button" href={`/tasks/${item.task.id}/periods/${item.period.key}/fill`}>
              {done ? t('tasks.correct') : t('tasks.fill')}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}

function TaskList({ tasks }: { tasks: TaskView[] }) {
  const { t } = useI18n();
  return (
    <ul className="task-list">
      {tasks.map((task) => (
        <li key={task.id} className="card task-card">
          <strong>{task.title}</strong> {task.status === 'closed' && <span className="muted">{t('tasks.closed')}</span>}
          <p className="muted small">
            {task.appTitle} · {t(`tasks.recurrence.${task.recurrence}`)} ·{' '}
            {t('tasks.assignees', { n: task.assigneeCount })}
            {task.currentPeriod && <> · {t('tasks.deadline', { time: deadlineLabel(task.currentPeriod.deadline) })}</>}
          </p>
          <Link href={`/tasks/${task.id}`}>{t('tasks.open')}</Link>
        </li>
      ))}
    </ul>
  );
}
