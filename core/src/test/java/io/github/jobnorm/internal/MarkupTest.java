package io.github.jobnorm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MarkupTest {

  @Test
  void entitiesOfAShortValueAreDecoded() {
    assertThat(Markup.unescape("R&amp;D Engineer")).isEqualTo("R&D Engineer");
    assertThat(Markup.unescape("5 &lt; 6")).isEqualTo("5 < 6");
    assertThat(Markup.unescape(null)).isNull();
  }

  @Test
  void escapedTagsInAShortValueAreDropped() {
    assertThat(Markup.unescape("Nurse&lt;/b&gt;")).isEqualTo("Nurse");
    assertThat(Markup.unescape("&lt;b&gt;Night&lt;/b&gt; Nurse")).isEqualTo("Night Nurse");
    assertThat(Markup.unescape("<b>Nurse</b> &amp; Carer")).isEqualTo("Nurse & Carer");
  }

  @Test
  void tagsInAShortValueWithoutEntitiesAreDroppedToo() {
    assertThat(Markup.unescape("<b>Night Nurse</b>")).isEqualTo("Night Nurse");
    assertThat(Markup.unescape("Senior $130,000 - $160,000</p>"))
        .isEqualTo("Senior $130,000 - $160,000");
    assertThat(Markup.unescape("Pay 3 < 4")).isEqualTo("Pay 3 < 4");
  }

  @Test
  void angleBracketsAroundWordsThatNameNoElementAreText() {
    assertThat(Markup.unescape("Data Engineer <Remote>")).isEqualTo("Data Engineer <Remote>");
    assertThat(Markup.unescape("Analyst &lt;3 years&gt;")).isEqualTo("Analyst <3 years>");
    assertThat(Markup.unescape("Nurse <b>Nights</b> <Remote>")).isEqualTo("Nurse Nights");
    assertThat(Markup.unescape("Pay 3 <b 4")).isEqualTo("Pay 3 <b 4");
  }

  @Test
  void markupIsATagOfAKnownElementClosedByItsBracket() {
    assertThat(Markup.looksLikeMarkup("<p>We are hiring</p><ul><li>Java</li></ul>")).isTrue();
    assertThat(Markup.looksLikeMarkup("Duties:<br>Build things")).isTrue();
    assertThat(Markup.looksLikeMarkup("Duties:<br/>Build things")).isTrue();
    assertThat(Markup.looksLikeMarkup("<strong class=\"x\">About</strong>")).isTrue();
    assertThat(Markup.looksLikeMarkup("x </STRONG>")).isTrue();
    assertThat(Markup.looksLikeMarkup("Salary <50k and team > 10 people")).isFalse();
    assertThat(Markup.looksLikeMarkup("Use <T> generics, a<b and List<String>")).isFalse();
    assertThat(Markup.looksLikeMarkup("Data Engineer <Remote> role")).isFalse();
    assertThat(Markup.looksLikeMarkup("<bold>")).isFalse();
  }

  @Test
  void markupDetectionReadsEachCharacterOnce() {
    // a candidate's search for its ">" stops at the next "<": 3 MB of open tags and spaces, 4 MB
    // of "<", and a million letters after one "<" are each read in one pass, and hold no tag
    String open = "<p " + "x".repeat(400);
    // a quadratic scan of these inputs would run for hours: the limit turns that into a failure
    assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
      assertThat(Markup.looksLikeMarkup(
          (open + " ").repeat(10_000) + "<br" + " ".repeat(3_000_000))).isFalse();
      assertThat(Markup.looksLikeMarkup("<".repeat(4_000_000))).isFalse();
      assertThat(Markup.looksLikeMarkup("<" + "a".repeat(1_000_000))).isFalse();
    });
  }

  @Test
  void escapedMarkupIsUnescapedOnceOrTwice() {
    assertThat(Markup.unescapeMarkup("&lt;p&gt;Hi&lt;/p&gt;")).isEqualTo("<p>Hi</p>");
    assertThat(Markup.unescapeMarkup("&amp;lt;p&amp;gt;Hi")).isEqualTo("<p>Hi");
    assertThat(Markup.unescapeMarkup("<p>a &lt; b</p>")).isEqualTo("<p>a &lt; b</p>");
  }

  @Test
  void nulCharactersAreDroppedBeforeTheMarkupIsRead() {
    assertThat(Markup.unescapeMarkup("Night &lt;b&gt;bonus&lt;\0\0/b&gt;"))
        .isEqualTo("Night <b>bonus</b>");
    assertThat(Markup.unescapeMarkup("<p>a\0b</p>")).isEqualTo("<p>ab</p>");
    assertThat(Markup.unescape("Leeds <\0\0li>UK")).isEqualTo("Leeds UK");
  }
}
