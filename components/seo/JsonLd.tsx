/**
 * Structured data as a `<script type="application/ld+json">`. `<` is escaped
 * so no string in the data (a title containing `</script>`) can close the tag;
 * JSON parsers read `\u003c` back as `<`.
 */
export function JsonLd({ data }: { data: object }) {
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
