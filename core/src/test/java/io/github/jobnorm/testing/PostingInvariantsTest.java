package io.github.jobnorm.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Source;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.testing.PostingInvariants.Shown;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The tag check lets through what the input shows as text, and nothing else. */
class PostingInvariantsTest {

  private static JobPosting posting(String title, String description) {
    return JobPosting.builder().id("t:1").source(Source.of(SourceFormat.HTML)).title(title)
        .description(description).build();
  }

  private static JsonNode json(String text) throws Exception {
    return new ObjectMapper().readTree(text);
  }

  @Test
  void aTagTheInputNeverShowsIsALeak() {
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(
        posting("Nurse", "<b>Nights</b>"), Shown.fragment("<p>plain</p>")))
        .hasMessageContaining("description: <b>");
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(posting("<i>Nurse</i>", "x")))
        .hasMessageContaining("title: <i>");
  }

  @Test
  void aTagADescriptionShowsAsTextMayStandInTheDescriptionOnly() throws Exception {
    // a real <br> makes the value HTML, where "&lt;b&gt;" is the text <b>
    Shown shown = Shown.jsonLd(List.of(json(
        "{\"@type\":\"JobPosting\",\"description\":\"Use &lt;b&gt;bold&lt;/b&gt;<br>often\"}")));
    PostingInvariants.assertNoHtmlTags(posting("Nurse", "Use <b>bold</b> often"), shown);
    // the same text in the title is a leak: a title is no HTML
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(
        posting("<b>Nurse</b>", "Use <b>bold</b> often"), shown))
        .hasMessageContaining("title: <b>");
  }

  @Test
  void aValueEscapedWholeShowsNoTagAsText() throws Exception {
    Shown shown = Shown.jsonLd(List.of(json(
        "{\"@type\":\"JobPosting\",\"description\":\"&lt;p&gt;Use &lt;b&gt;bold&lt;/b&gt;&lt;/p&gt;\"}")));
    assertThat(shown.inText()).containsExactly("Usebold");
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(posting("Nurse", "<b>bold</b>"),
        shown)).hasMessageContaining("description: <b>");
  }

  @Test
  void onlyTheDescriptionIsReadAsMarkup() throws Exception {
    // tag-like text in an address is no HTML to jobnorm: it excuses no tag in the description
    Shown shown = Shown.jsonLd(List.of(json("{\"@type\":\"JobPosting\",\"description\":"
        + "\"<p>Nights</p>\",\"jobLocation\":{\"address\":\"<p>Leeds &lt;b&gt;UK</p>\"}}")));
    assertThat(shown.inText()).containsExactly("Nights");
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(posting("Nurse", "<b>UK"),
        shown)).hasMessageContaining("description: <b>");
  }

  @Test
  void linesSpacesAndControlsDoNotCountButTextsAreNotJoined() {
    // the page shows "<p" and "x>" on two lines; jobnorm may write "<p x>"
    PostingInvariants.assertNoHtmlTags(posting("Nurse", "<p x>"),
        Shown.fragment("<div>&lt;p\nx&gt;</div>"));
    assertThat(PostingInvariants.canonical("<b\u0000 \u00A0x\u200B>")).isEqualTo("<bx>");
    // the end of one text and the start of the next make no "<b>"
    Shown two = new Shown(List.of(), List.of("x<", "b>y"));
    assertThatThrownBy(() -> PostingInvariants.assertNoHtmlTags(posting("Nurse", "<b>y"), two))
        .hasMessageContaining("description: <b>");
  }
}
