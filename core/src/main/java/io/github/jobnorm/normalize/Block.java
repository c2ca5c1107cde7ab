package io.github.jobnorm.normalize;

/**
 * A heading, paragraph or list item of a description, the unit sections are built from.
 *
 * @param type what the block is
 * @param text its plain text, one line
 */
record Block(Type type, String text) {

  /** The kinds of block. */
  enum Type {
    HEADING,
    PARAGRAPH,
    ITEM
  }

  static Block heading(String text) {
    return new Block(Type.HEADING, text);
  }

  static Block paragraph(String text) {
    return new Block(Type.PARAGRAPH, text);
  }

  static Block item(String text) {
    return new Block(Type.ITEM, text);
  }
}
