import { memo } from 'react';
import Markdown, { defaultUrlTransform, type Components } from 'react-markdown';

const components: Components = {
  // Lesson images are small SVG/WebP served by the API; load them only when scrolled to, on slow networks.
  img: ({ src, alt }) => <img src={typeof src === 'string' ? src : undefined} alt={alt ?? ''} loading="lazy" />,
  a: ({ href, children }) => {
    const external = typeof href === 'string' && /^https?:/.test(href);
    return (
      <a href={href} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
      </a>
    );
  },
};

/**
 * Renders lesson Markdown as React elements: no innerHTML, raw HTML dropped (`skipHtml`), and react-markdown's
 * URL filter removes javascript: and other unsafe links. Memoised: the page re-renders as progress and the session
 * arrive, and parsing a lesson again each time was most of a phone's blocked main thread on a lesson.
 * `localUrls` (the lesson editor's preview only) shows some URLs from the page's own object URLs instead, which the
 * filter would drop: images of a draft, fetched with the trainer's token.
 */
export const MarkdownBody = memo(function MarkdownBody({ markdown, localUrls }: { markdown: string; localUrls?: Record<string, string> }) {
  return (
    <div className="prose">
      <Markdown
        skipHtml
        components={components}
        urlTransform={localUrls ? (url) => localUrls[url] ?? defaultUrlTransform(url) : defaultUrlTransform}
      >
        {markdown}
      </Markdown>
    </div>
  );
});
