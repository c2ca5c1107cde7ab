package io.github.jobnorm.normalize;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns lines into headings, paragraphs and list items: bullet and number markers start items,
 * heading-like lines become headings, glued headings are cut out, a list run into one line is cut
 * into its lead-in and items ({@link InlineBullets}), and a line that continues the previous one
 * mid-sentence (no closing punctuation, lower-case start) is joined to it.
 */
final class BlockReader {
  private final HeadingLines headingLines;
  private final FusedHeadings fused;

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder open = new StringBuilder();
  private Block.Type openType;

  BlockReader(HeadingPhrases phrases, HeadingLines headingLines) {
    this.headingLines = headingLines;
    this.fused = new FusedHeadings(phrases);
  }

  List<Block> read(List<Line> lines) {
    blocks.clear();
    for (Line line : joinWrapped(lines)) {
      switch (line.hint()) {
        case BLANK -> flush();
        case HEADING -> heading(line.text(), true);
        case ITEM -> item(line.text());
        case BOLD -> {
          String t = HeadingLines.text(line.text());
          if (!t.isEmpty() && HeadingLines.fits(t) && ".!;,".indexOf(t.charAt(t.length() - 1)) < 0) {
            heading(t, false);
          } else {
            plain(line.text());
          }
        }
        case PLAIN -> plain(line.text());
      }
    }
    flush();
    return List.copyOf(blocks);
  }

  private void heading(String text, boolean marked) {
    String t = HeadingLines.text(text);
    if (t.isEmpty()) {
      return;
    }
    if (marked && !HeadingLines.fits(t)) {
      flush();
      blocks.add(Block.paragraph(text));
      return;
    }
    flush();
    blocks.add(Block.heading(t));
  }

  private void plain(String text) {
    boolean list = InlineBullets.holdsList(text);
    for (Block piece : fused.split(text)) {
      if (piece.type() == Block.Type.HEADING) {
        heading(piece.text(), false);
      } else if (!list) {
        piece(piece.text());
      } else {
        for (String part : InlineBullets.split(piece.text())) {
          piece(part);
        }
      }
    }
  }

  /**
   * A list item of the markup; one holding a list run into it ("Skills: • Java • SQL") is cut as
   * a plain line would be, its lead-in the item, so that the item lines written for it read back
   * the same.
   */
  private void item(String text) {
    flush();
    List<String> parts = InlineBullets.holdsList(text) ? InlineBullets.split(text) : List.of(text);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      if (i > 0 && Bullets.markerLength(part) == 0) {
        // a label closing the lead-in or an item: a heading or a paragraph, as on a line of its own
        piece(part);
        flush();
        continue;
      }
      String t = Bullets.strip(part);
      if (!t.isEmpty()) {
        blocks.add(Block.item(t));
      }
    }
  }

  private void piece(String t) {
    int marker = Bullets.markerLength(t);
    if (marker > 0) {
      flush();
      for (String item : inlineItems(t.substring(marker), t.charAt(0))) {
        open(Block.Type.ITEM, item);
        flush();
      }
      // the last item stays open so that a wrapped continuation line can join it
      if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).type() == Block.Type.ITEM) {
        Block last = blocks.remove(blocks.size() - 1);
        open(Block.Type.ITEM, last.text());
      }
      return;
    }
    if (openType != null && continues(t)) {
      open.append(' ').append(t);
      return;
    }
    flush();
    if (headingLines.isHeading(t)) {
      heading(t, false);
    } else {
      open(Block.Type.PARAGRAPH, t);
    }
  }

  /**
   * Joins a plain line to the one before when it continues it mid-sentence (no closing punctuation
   * before, lower-case start): hard-wrapped text. Done first so that every later rule, glued
   * headings included, sees the same lines as when the plain-text output is read again.
   */
  private static List<Line> joinWrapped(List<Line> lines) {
    List<Line> out = new ArrayList<>(lines.size());
    for (Line line : lines) {
      int last = out.size() - 1;
      if (line.hint() == Line.Hint.PLAIN && last >= 0 && out.get(last).hint() == Line.Hint.PLAIN
          && Character.isLowerCase(line.text().charAt(0)) && Bullets.markerLength(line.text()) == 0) {
        String prev = out.get(last).text();
        if (".!?:;".indexOf(prev.charAt(prev.length() - 1)) < 0) {
          out.set(last, new Line(prev + " " + line.text(), Line.Hint.PLAIN));
          continue;
        }
      }
      out.add(line);
    }
    return out;
  }

  /** "• one • two • three" on one line: the same glyph, spaced, separates items. */
  private static List<String> inlineItems(String rest, char glyph) {
    if (!Bullets.isGlyph(glyph) || glyph == '-' || glyph == '*') {
      return List.of(rest);
    }
    List<String> items = new ArrayList<>();
    String sep = " " + glyph + " ";
    int from = 0;
    int at;
    while ((at = rest.indexOf(sep, from)) >= 0) {
      items.add(rest.substring(from, at));
      from = at + sep.length();
    }
    items.add(rest.substring(from));
    items.removeIf(String::isBlank);
    return items;
  }

  private boolean continues(String t) {
    if (open.length() == 0 || !Character.isLowerCase(t.charAt(0))) {
      return false;
    }
    char last = open.charAt(open.length() - 1);
    return ".!?:;".indexOf(last) < 0;
  }

  private void open(Block.Type type, String text) {
    openType = type;
    open.setLength(0);
    open.append(text.strip());
  }

  private void flush() {
    if (openType != null && open.length() > 0) {
      blocks.add(new Block(openType, open.toString()));
    }
    openType = null;
    open.setLength(0);
  }
}
