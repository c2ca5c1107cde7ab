package io.github.jobnorm.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingInvariantsTest {

  @Test
  void jsonMarkupTextIsWhatValuesWithRealTagsShowAsText() {
    assertThat(PostingInvariants.jsonMarkupText(
            "{\"description\":\"Night &lt;b&gt;bo<br>nus&lt;/b&gt;\",\"title\":\"Nurse\"}"))
        .contains("Night <b>bo")
        .contains("nus</b>");
    assertThat(PostingInvariants.jsonMarkupText("{\"d\":\"<p>a &lt;b\\n\\nc&gt;</p>\"}"))
        .contains("a <b c>");
    assertThat(PostingInvariants.jsonMarkupText("{\"d\":\"<p>&lt;li&g\\u0000t;</p>\"}"))
        .contains("<li>");
    // JSON escapes are undone first, so a \u003C tag counts as a real one
    assertThat(PostingInvariants.jsonMarkupText("{'d':'\\u003Cp>&lt;i&gt;x'}")).contains("<i>x");
  }

  @Test
  void jsonMarkupTextLeavesOutValuesEscapedWhole() {
    assertThat(PostingInvariants.jsonMarkupText("{\"title\":\"Nurse&lt;/b&gt;\"}")).isEmpty();
    // nor does a string inside a comment, nor a "<" that starts no tag
    assertThat(PostingInvariants.jsonMarkupText("/* \"<p>&lt;b&gt;\" */ {\"t\":\"a \\\"<\\\" b\"}"))
        .isEmpty();
  }
}
