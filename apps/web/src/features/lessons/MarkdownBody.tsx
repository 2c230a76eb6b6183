import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';

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
 */
export const MarkdownBody = memo(function MarkdownBody({ markdown }: { markdown: string }) {
  return (
    <div className="prose">
      <Markdown skipHtml components={components}>
        {markdown}
      </Markdown>
    </div>
  );
});
