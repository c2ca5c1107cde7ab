package io.github.jobnorm.normalize;

/**
 * One line of a description as its reader saw it, before headings and lists are decided.
 *
 * @param text the line's text, whitespace collapsed
 * @param hint what the markup says about the line
 */
record Line(String text, Hint hint) {

  /** What the source markup says about a line; the block reader decides the rest. */
  enum Hint {
    /** Ordinary text. */
    PLAIN,
    /** Text that is all bold or underlined: a heading when short. */
    BOLD,
    /** Marked as a heading by the markup (HTML h1-h6, markdown #). */
    HEADING,
    /** Marked as a list item by the markup (HTML li). */
    ITEM,
    /** A paragraph break. */
    BLANK
  }

  static final Line BLANK = new Line("", Hint.BLANK);
}
