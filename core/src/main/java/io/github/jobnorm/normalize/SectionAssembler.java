package io.github.jobnorm.normalize;

import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SectionKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Groups blocks into sections: a heading starts one, and so does a notice paragraph (EEO, how to
 * apply, pay) inside a section of another kind. Kinds come from the heading phrase, else from the
 * content; list sections whose items lost their markers get them back from the glued text.
 */
final class SectionAssembler {
  /** Kinds whose content is a list: their paragraphs may be glued items. */
  static final Set<SectionKind> LIST_KINDS =
      EnumSet.of(
          SectionKind.RESPONSIBILITIES,
          SectionKind.QUALIFICATIONS,
          SectionKind.PREFERRED_QUALIFICATIONS,
          SectionKind.BENEFITS);
  /** A glued "item" longer than this is prose, and its section stays prose. */
  private static final int MAX_ITEM_CHARS = 400;
  /** Lines this short, one per paragraph, are a list that lost its markers. */
  private static final int SHORT_ITEM_CHARS = 200;

  private final HeadingPhrases phrases;
  private final ContentCues cues;
  private final PlainText plain;

  SectionAssembler(HeadingPhrases phrases, ContentCues cues, PlainText plain) {
    this.phrases = phrases;
    this.cues = cues;
    this.plain = plain;
  }

  /** A section being built. */
  private static final class Draft {
    final String heading;
    final SectionKind headingKind;
    final SectionKind forced;
    SectionKind firstNotice;
    final List<Block> parts = new ArrayList<>();

    Draft(String heading, SectionKind headingKind, SectionKind forced) {
      this.heading = heading;
      this.headingKind = headingKind;
      this.forced = forced;
    }

    SectionKind kindSoFar() {
      return headingKind != null ? headingKind : forced != null ? forced : firstNotice;
    }
  }

  List<Section> assemble(List<Block> blocks) {
    List<Section> sections = new ArrayList<>();
    Draft cur = new Draft(null, null, null);
    for (Block b : blocks) {
      switch (b.type()) {
        case HEADING -> {
          finish(cur, sections);
          cur = new Draft(b.text(), phrases.classify(b.text()), null);
        }
        case PARAGRAPH -> {
          SectionKind notice = cues.noticeKind(b.text());
          if (notice != null && startsNew(cur, notice)) {
            finish(cur, sections);
            cur = new Draft(null, null, notice);
          }
          if (cur.parts.isEmpty()) {
            cur.firstNotice = notice;
          }
          cur.parts.add(b);
        }
        case ITEM -> cur.parts.add(b);
      }
    }
    finish(cur, sections);
    return sections;
  }

  private static boolean startsNew(Draft cur, SectionKind notice) {
    if (cur.parts.isEmpty()) {
      return false;
    }
    SectionKind k = cur.kindSoFar();
    // pay inside a benefits or compensation section belongs there
    return k != notice && !(notice == SectionKind.PAY && k == SectionKind.BENEFITS);
  }

  private void finish(Draft d, List<Section> out) {
    if (d.heading == null && d.parts.isEmpty()) {
      return;
    }
    List<Block> parts = d.parts;
    SectionKind kind = d.headingKind != null ? d.headingKind : d.forced;
    List<Block> glued = hasItems(parts) ? null : glueSplit(parts);
    if (kind == null) {
      List<String> items = hasItems(parts) ? itemTexts(parts) : glued == null ? List.of() : itemTexts(glued);
      kind = cues.kindOfItems(items);
      if (kind == null) {
        kind = d.firstNotice != null ? d.firstNotice : SectionKind.OTHER;
      }
    }
    if (LIST_KINDS.contains(kind) && glued != null) {
      parts = glued;
    }
    out.add(new Section(d.heading, kind, plain.body(parts), itemTexts(parts)));
  }

  /** The paragraphs as items when together they split into two or more short glued items, else null. */
  private static List<Block> glueSplit(List<Block> parts) {
    List<Block> items = new ArrayList<>();
    boolean allShort = true;
    for (Block p : parts) {
      for (String piece : FusedItems.split(p.text())) {
        if (piece.length() > MAX_ITEM_CHARS) {
          return null;
        }
        allShort &= piece.length() <= SHORT_ITEM_CHARS;
        items.add(Block.item(piece));
      }
    }
    // either the text really was glued, or it is a run of short lines that read like a list
    boolean glued = items.size() > parts.size();
    return items.size() >= 2 && (glued || allShort) ? items : null;
  }

  private static boolean hasItems(List<Block> parts) {
    for (Block b : parts) {
      if (b.type() == Block.Type.ITEM) {
        return true;
      }
    }
    return false;
  }

  private static List<String> itemTexts(List<Block> parts) {
    List<String> items = new ArrayList<>();
    for (Block b : parts) {
      if (b.type() == Block.Type.ITEM) {
        items.add(b.text());
      }
    }
    return items;
  }
}
