/**
 * What must agree between an example and its twin in another language, read with
 * TypeScript's own scanner: every token except comments and the text of string and
 * template literals (template literal *expressions* are code, and are compared).
 */
import ts from 'typescript';

export interface Token {
  /** The token's text, or for a string or template part only its kind. */
  text: string;
  line: number;
}

/** The human-readable text of a module: its comments and the text of its string and template literals. */
export interface Prose {
  comments: string[];
  strings: string[];
}

// The tokens whose text is set aside, each by a name of its own (SyntaxKind's names have aliases).
const LITERAL_TEXT = new Map([
  [ts.SyntaxKind.StringLiteral, '<string>'],
  [ts.SyntaxKind.NoSubstitutionTemplateLiteral, '<template>'],
  [ts.SyntaxKind.TemplateHead, '<template-head>'],
  [ts.SyntaxKind.TemplateMiddle, '<template-middle>'],
  [ts.SyntaxKind.TemplateTail, '<template-tail>'],
]);

// After these a `/` divides; anywhere else it starts a regular expression.
const ENDS_EXPRESSION = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.PrivateIdentifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

interface Scanned {
  kind: ts.SyntaxKind;
  text: string;
  /** The literal's cooked text, for string and template parts. */
  value: string;
  line: number;
}

/**
 * Every token of `source`, comments included, with the rescans a parser would ask for:
 * a `}` that closes a template expression continues the template, and a `/` where an
 * expression starts is a regular expression.
 */
function scan(source: string): Scanned[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, source);
  const braces: boolean[] = []; // one per open `{` or `${`: true when it opened a template expression
  const out: Scanned[] = [];
  let previous: ts.SyntaxKind | undefined;
  let line = 1;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && braces.pop() === true) kind = scanner.reScanTemplateToken(false);
    else if (kind === ts.SyntaxKind.OpenBraceToken) braces.push(false);
    else if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && (previous === undefined || !ENDS_EXPRESSION.has(previous))) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle) braces.push(true);
    const text = scanner.getTokenText();
    out.push({ kind, text, value: scanner.getTokenValue(), line });
    line += text.split('\n').length - 1;
    if (!isTrivia(kind)) previous = kind;
  }
  return out;
}

const isComment = (k: ts.SyntaxKind) => k === ts.SyntaxKind.SingleLineCommentTrivia || k === ts.SyntaxKind.MultiLineCommentTrivia;
const isTrivia = (k: ts.SyntaxKind) =>
  isComment(k) || k === ts.SyntaxKind.WhitespaceTrivia || k === ts.SyntaxKind.NewLineTrivia || k === ts.SyntaxKind.ShebangTrivia;

/**
 * The tokens two twins must share: comments and whitespace dropped, string and template
 * text reduced to its kind.
 * @example codeTokens('f("hi") // say hi').map((t) => t.text) // ['f', '(', '<string>', ')']
 */
export function codeTokens(source: string): Token[] {
  return scan(source)
    .filter((t) => !isTrivia(t.kind))
    .map((t) => ({ text: LITERAL_TEXT.get(t.kind) ?? t.text, line: t.line }));
}

/**
 * The comments and literal text of `source`, the parts a translation may change. A
 * template literal comes back whole, each `${…}` replaced by `hole`.
 * @example proseOf('f(`a ${b} c`) // d', '#') // { comments: ['// d'], strings: ['a # c'] }
 */
export function proseOf(source: string, hole = '${}'): Prose {
  const comments: string[] = [];
  const strings: string[] = [];
  const templates: string[] = []; // the templates being read, innermost last
  for (const t of scan(source)) {
    if (isComment(t.kind)) comments.push(t.text);
    else if (t.kind === ts.SyntaxKind.StringLiteral || t.kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) strings.push(t.value);
    else if (t.kind === ts.SyntaxKind.TemplateHead) templates.push(t.value);
    else if (t.kind === ts.SyntaxKind.TemplateMiddle) templates.push(templates.pop() + hole + t.value);
    else if (t.kind === ts.SyntaxKind.TemplateTail) strings.push(templates.pop() + hole + t.value);
  }
  return { comments, strings };
}

/**
 * Whether `twin` is `original` with only comments and literal text changed: `undefined`
 * when it is, else where they first differ.
 */
export const twinDifference = (original: string, twin: string): string | undefined => tokenDifference(codeTokens(original), codeTokens(twin));

/**
 * Where two token lists first differ (`undefined`: nowhere), for the twins of either language.
 * @example tokenDifference([{ text: 'a', line: 1 }], []) // 'token 1: the original has "a" (line 1), the twin has the end of the file'
 */
export function tokenDifference(a: readonly Token[], b: readonly Token[]): string | undefined {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i]?.text !== b[i]?.text) {
      const where = (t: Token | undefined) => (t ? `${JSON.stringify(t.text)} (line ${t.line})` : 'the end of the file');
      return `token ${i + 1}: the original has ${where(a[i])}, the twin has ${where(b[i])}`;
    }
  }
  return undefined;
}
