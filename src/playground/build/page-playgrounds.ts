/**
 * The playgrounds a chapter shows, read from its MDX source: each `<Playground>` tag with
 * its title, its variants (label and example id) and the heading of the section it sits
 * in. The workspace's gallery is built from this, so it follows the chapters by itself.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Expression } from 'estree';
import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute } from 'mdast-util-mdx-jsx';

export interface PageVariant {
  label: string;
  /** `<chapter>/<name>` under content/examples. */
  example: string;
}

export interface PagePlayground {
  title?: string;
  /** The text of the nearest heading above the tag. */
  heading?: string;
  /** That heading's place among the page's headings (0 for its first), as Astro's `render()` lists them. */
  headingIndex?: number;
  variants: PageVariant[];
}

const parser = unified().use(remarkParse).use(remarkMdx);

/**
 * Every `<Playground>` of an MDX page, in reading order.
 * @example playgroundsIn('## A\n\n<Playground example="c/x" title="X" />') // [{ heading: 'A', headingIndex: 0, title: 'X', variants: [{ label: '', example: 'c/x' }] }]
 */
export function playgroundsIn(mdx: string): PagePlayground[] {
  const found: PagePlayground[] = [];
  let heading: string | undefined;
  let headingIndex = -1;
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if (node.type === 'heading') {
        heading = toString(node);
        headingIndex++;
      } else if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Playground') {
        found.push({ ...readTag(node.attributes), ...(heading && { heading, headingIndex }) });
      } else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk((parser.parse(mdx) as Root).children);
  return found;
}

/**
 * The id of every `<Exercise>` of an MDX page, in reading order (the sidebar counts them).
 * @example exercisesIn('<Exercise id="c/x">\n\n### X\n\n</Exercise>') // ['c/x']
 */
export function exercisesIn(mdx: string): string[] {
  const found: string[] = [];
  const walk = (nodes: RootContent[]) => {
    for (const node of nodes) {
      if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Exercise') {
        const id = node.attributes.find((a): a is MdxJsxAttribute => a.type === 'mdxJsxAttribute' && a.name === 'id')?.value;
        if (typeof id !== 'string') throw new Error('<Exercise> needs id="<chapter>/<name>"');
        found.push(id);
      } else if ('children' in node) walk(node.children as RootContent[]);
    }
  };
  walk((parser.parse(mdx) as Root).children);
  return found;
}

function readTag(attributes: (MdxJsxAttribute | MdxJsxExpressionAttribute)[]): Omit<PagePlayground, 'heading' | 'headingIndex'> {
  const props: Record<string, unknown> = {};
  for (const a of attributes) {
    if (a.type !== 'mdxJsxAttribute') continue;
    if (typeof a.value === 'string') props[a.name] = a.value;
    else if (a.value) props[a.name] = literal(expressionOf(a.value.data?.estree, a.name));
  }
  const variants = props.variants ?? (typeof props.example === 'string' ? [{ label: '', example: props.example }] : undefined);
  if (!Array.isArray(variants) || !variants.every(isVariant)) throw new Error(`<Playground> needs \`example\` or \`variants\` of { label, example }: ${JSON.stringify(props)}`);
  return { ...(typeof props.title === 'string' && { title: props.title }), variants };
}

const isVariant = (v: unknown): v is PageVariant =>
  typeof v === 'object' && v !== null && typeof (v as PageVariant).label === 'string' && typeof (v as PageVariant).example === 'string';

function expressionOf(program: unknown, name: string): Expression {
  const statement = (program as { body?: { type: string; expression?: Expression }[] } | undefined)?.body?.[0];
  if (statement?.type !== 'ExpressionStatement' || !statement.expression) throw new Error(`<Playground ${name}={…}>: not an expression`);
  return statement.expression;
}

/** The value of a literal expression (strings, numbers, arrays, plain objects): the tags hold only data. */
function literal(node: Expression): unknown {
  switch (node.type) {
    case 'Literal':
      return node.value;
    case 'TemplateLiteral':
      if (node.expressions.length === 0) return node.quasis[0].value.cooked;
      break;
    case 'ArrayExpression':
      return node.elements.map((e) => (e && e.type !== 'SpreadElement' ? literal(e) : undefined));
    case 'ObjectExpression':
      return Object.fromEntries(
        node.properties.map((p) => {
          if (p.type !== 'Property' || p.computed) throw new Error('<Playground>: only plain properties are read');
          const key = p.key.type === 'Identifier' ? p.key.name : String((p.key as { value: unknown }).value);
          return [key, literal(p.value as Expression)];
        }),
      );
  }
  throw new Error(`<Playground>: a ${node.type} cannot be read at build time; write the value out`);
}
