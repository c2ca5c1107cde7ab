package io.github.jobnorm.normalize;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Tag;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads an HTML description into lines: h1-h6 as headings, li as items (nested lists after their
 * parent), {@code <br>} and block elements as line ends, wholly bold or underlined lines marked.
 * Scripts, styles, images and LinkedIn's "Show more / Show less" buttons are dropped; a full
 * LinkedIn page is narrowed to its description markup.
 */
final class HtmlLines {
  private static final Set<String> DROP =
      Set.of("script", "style", "noscript", "button", "template", "svg", "img", "iframe", "head", "icon");
  private static final Set<String> EMPHASIS = Set.of("strong", "b", "u");
  private static final Set<String> LISTS = Set.of("ul", "ol", "dl");

  private final List<Line> lines = new ArrayList<>();
  private final Map<Element, Boolean> allEmphasis = new IdentityHashMap<>();
  private final Map<Element, Boolean> blankText = new IdentityHashMap<>();
  /** The current line, kept as {@link TextClean#oneLine} would give it. */
  private final StringBuilder line = new StringBuilder();
  /** Whether a space separates the line from the next text, if any comes. */
  private boolean lineSpace;
  private boolean linePlain;
  private boolean lineBold;
  private int emphasis;

  private HtmlLines() {}

  static List<Line> read(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    Element root = doc.selectFirst(".show-more-less-html__markup");
    if (root == null) {
      root = doc.selectFirst(".description__text");
    }
    if (root == null) {
      root = doc.body();
    }
    root.select("[class*=show-more-less-html__button], [class*=show-more-less-button]").remove();
    HtmlLines reader = new HtmlLines();
    reader.walk(root);
    reader.endLine();
    return reader.lines;
  }

  private void walk(Element el) {
    // iterative over siblings, recursive only in depth: HTML nesting is shallow in descriptions
    for (Node child : el.childNodes()) {
      if (child instanceof TextNode t) {
        text(t.getWholeText());
      } else if (child instanceof Element e) {
        element(e);
      }
    }
  }

  private void element(Element e) {
    String tag = e.normalName();
    if (DROP.contains(tag)) {
      return;
    }
    if (tag.equals("br")) {
      if (!endLine()) {
        blank();
      }
      return;
    }
    if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
      endLine();
      add(e.text(), Line.Hint.HEADING);
      blank();
      return;
    }
    if (LISTS.contains(tag)) {
      endLine();
      list(e);
      blank();
      return;
    }
    if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
      endLine();
      item(e);
      return;
    }
    if (EMPHASIS.contains(tag)) {
      emphasis++;
      walk(e);
      emphasis--;
      return;
    }
    if (e.isBlock() || tag.equals("tr")) {
      endLine();
      walk(e);
      if (!endLine()) {
        return;
      }
      blank();
      return;
    }
    if (tag.equals("td") || tag.equals("th") || tag.equals("option")) {
      text(" ");
    }
    walk(e);
  }

  private void list(Element listEl) {
    List<Element> children = listEl.children();
    for (int i = 0; i < children.size(); i++) {
      Element child = children.get(i);
      String tag = child.normalName();
      if (tag.equals("li") || tag.equals("dt") || tag.equals("dd")) {
        if (isGroupLabel(child, i + 1 < children.size() ? children.get(i + 1) : null)) {
          add(child.text(), Line.Hint.HEADING);
        } else {
          item(child);
        }
      } else if (LISTS.contains(tag)) {
        list(child);
      } else {
        add(child.text(), Line.Hint.ITEM);
      }
    }
  }

  /**
   * A wholly bold item that labels the items after it ("Architecture &amp; Design", "Soft Skills:"):
   * it ends with a colon, or the next item is not bold. A list of bold items stays a list.
   */
  private boolean isGroupLabel(Element li, Element next) {
    if (!isAllEmphasis(li) || li.selectFirst("ul, ol") != null) {
      return false;
    }
    return li.text().strip().endsWith(":") || (next != null && !isAllEmphasis(next));
  }

  /**
   * Whether an element's text is all bold or underlined: it has text, and every text node outside
   * an emphasis element is blank and every child element but br is all emphasis too. Kept per
   * element, as is {@link #isBlankText}: asked of each item and each of its descendants, they
   * were quadratic in the depth of nested lists.
   */
  private boolean isAllEmphasis(Element el) {
    Boolean known = allEmphasis.get(el);
    if (known == null) {
      known = !isBlankText(el) && (EMPHASIS.contains(el.normalName()) || isAllEmphasisInside(el));
      allEmphasis.put(el, known);
    }
    return known;
  }

  private boolean isAllEmphasisInside(Element el) {
    for (TextNode t : el.textNodes()) {
      if (!t.isBlank()) {
        return false;
      }
    }
    for (Element child : el.children()) {
      if (!child.normalName().equals("br") && !isAllEmphasis(child)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code el.text()} is blank, from the text nodes below it, each read once. */
  private boolean isBlankText(Element el) {
    Boolean known = blankText.get(el);
    if (known == null) {
      known = true;
      for (Node child : el.childNodes()) {
        if (child instanceof TextNode t ? !isBlankText(t) : child instanceof Element e && !isBlankText(e)) {
          known = false;
          break;
        }
      }
      blankText.put(el, known);
    }
    return known;
  }

  /**
   * Whether a text node adds no visible character to jsoup's {@code text()}: outside pre (up to six
   * ancestors up, as jsoup looks) and CDATA, no-break spaces, zero-width spaces and soft hyphens
   * count as blank as well.
   */
  private static boolean isBlankText(TextNode t) {
    boolean raw = t instanceof CDataNode;
    Element p = t.parent();
    for (int i = 0; i < 6 && p != null && !raw; i++, p = p.parent()) {
      raw = p.tag().preserveWhitespace();
    }
    String s = t.getWholeText();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Character.isWhitespace(c) && (raw || (c != '\u00A0' && c != '\u200B' && c != '\u00AD'))) {
        return false;
      }
    }
    return true;
  }

  /** An item's own text, then the items of the lists nested in it, at any depth. */
  private void item(Element li) {
    OwnText own = new OwnText(li);
    NodeTraversor.filter(own, li);
    add(own.text.toString(), Line.Hint.ITEM);
    for (Element nested : own.nested) {
      list(nested);
    }
  }

  /**
   * An item's text without its nested ul and ol lists, which become items of their own, in one
   * pass: cloning the item and removing each nested list was quadratic in their number. Spaced
   * as jsoup's {@code text()} spaces the item without those lists, so that the lines stay the
   * same. The lists with no other list between them and the item are collected in {@link #nested}.
   */
  private static final class OwnText implements NodeFilter {
    final StringBuilder text = new StringBuilder();
    final List<Element> nested = new ArrayList<>();
    private final Element item;
    /** dl elements open around the node: a ul or ol inside one is not the item's own list. */
    private int openDls;
    /**
     * Buttons, inputs and the like whose text has not started yet: jsoup separates them from the
     * text before only when they hold text, so the space waits for that text.
     */
    private final ArrayDeque<Element> boundaries = new ArrayDeque<>();

    OwnText(Element item) {
      this.item = item;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (!boundaries.isEmpty() && !t.isBlank()) {
          text.append(' ');
          boundaries.clear();
        }
        text.append(t.getWholeText());
      } else if (node != item && node instanceof Element e) {
        if (isNestedList(e)) {
          if (openDls == 0) {
            nested.add(e);
          }
          return FilterResult.SKIP_ENTIRELY;
        }
        if (e.normalName().equals("dl")) {
          openDls++;
        }
        if (e.isBlock() || e.normalName().equals("br")) {
          text.append(' ');
        } else if (e.tag().is(Tag.TextBoundary)) {
          boundaries.push(e);
        }
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node != item && node instanceof Element e) {
        if (e.normalName().equals("dl")) {
          openDls--;
        }
        if (boundaries.peek() == e) {
          boundaries.pop();
        }
        if ((e.tag().is(Tag.TextBoundary) || !e.tag().isInline() || hasBlockChild(e))
            && continuesInline(e)) {
          text.append(' ');
        }
      }
      return FilterResult.CONTINUE;
    }

    /** Whether text or an inline element follows, the nested lists left out. */
    private static boolean continuesInline(Element e) {
      Node next = e.nextSibling();
      while (next instanceof Element n && isNestedList(n)) {
        next = n.nextSibling();
      }
      return next instanceof TextNode || (next instanceof Element n && n.tag().isInline());
    }

    private static boolean hasBlockChild(Element e) {
      for (Element child : e.children()) {
        if (child.isBlock() && !isNestedList(child)) {
          return true;
        }
      }
      return false;
    }

    private static boolean isNestedList(Element e) {
      return e.normalName().equals("ul") || e.normalName().equals("ol");
    }
  }

  private void text(String raw) {
    String t = TextClean.oneLine(raw);
    if (t.isEmpty()) {
      lineSpace |= !raw.isEmpty() && line.length() > 0;
      return;
    }
    lineSpace |= Character.isWhitespace(raw.charAt(0)) && line.length() > 0;
    if (lineSpace) {
      line.append(' ');
    }
    line.append(t);
    lineSpace = Character.isWhitespace(raw.charAt(raw.length() - 1));
    if (emphasis > 0) {
      lineBold = true;
    } else {
      linePlain = true;
    }
  }

  /** Ends the current line; false when it was empty. */
  private boolean endLine() {
    // the parts are clean and joined by single spaces: the line needs no second cleaning
    String t = line.toString();
    boolean bold = lineBold && !linePlain;
    line.setLength(0);
    lineSpace = false;
    linePlain = false;
    lineBold = false;
    if (t.isEmpty()) {
      return false;
    }
    lines.add(new Line(t, bold ? Line.Hint.BOLD : Line.Hint.PLAIN));
    return true;
  }

  private void add(String text, Line.Hint hint) {
    String t = TextClean.oneLine(text);
    if (!t.isEmpty()) {
      lines.add(new Line(t, hint));
    }
  }

  private void blank() {
    if (!lines.isEmpty() && lines.get(lines.size() - 1).hint() != Line.Hint.BLANK) {
      lines.add(Line.BLANK);
    }
  }
}
