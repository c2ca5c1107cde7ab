package io.github.jobnorm.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostingIdsTest {

  @Test
  void aSiteIsALowerCaseNameWithoutSpaces() {
    assertThat(PostingIds.site("LinkedIn")).isEqualTo("linkedin");
    assertThat(PostingIds.site(" indeed ")).isEqualTo("indeed");
    assertThat(PostingIds.site("example.com")).isEqualTo("example.com");
  }

  @Test
  void aUrlGivenAsTheSiteGivesItsSite() {
    assertThat(PostingIds.site("https://www.linkedin.com/jobs/view/4104804862")).isEqualTo("linkedin");
  }

  @Test
  void aStrayCellIsNoSite() {
    assertThat(PostingIds.site("linkmin_salary://www.linkedin.com/the rolew/4104804862")).isNull();
    assertThat(PostingIds.site("the role")).isNull();
    assertThat(PostingIds.site("")).isNull();
  }
}
