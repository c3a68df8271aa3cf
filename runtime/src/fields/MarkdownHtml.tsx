import { markdownToHtml } from './markdown-to-html.ts';

/** Rendered Markdown; safe because micromark escapes raw HTML and dangerous URLs (see markdownToHtml). */
export default function MarkdownHtml({ source }: { source: string }) {
  return <div className="sp-markdown" dangerouslySetInnerHTML={{ __html: markdownToHtml(source) }} />;
}
