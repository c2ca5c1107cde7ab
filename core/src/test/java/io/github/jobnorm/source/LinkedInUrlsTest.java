package io.github.jobnorm.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinkedInUrlsTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.linkedin.com/jobs/view/4104804862, 4104804862",
    "https://www.linkedin.com/jobs/view/4104804862/, 4104804862",
    "https://www.linkedin.com/jobs/view/research-scientist-intern-at-toyota-4104804862, 4104804862",
    "https://www.linkedin.com/jobs/view/research-scientist-intern-at-toyota-4104804862?refId=abc&trackingId=x%3D%3D&trk=public_jobs, 4104804862",
    "https://www.linkedin.com/jobs/search/?currentJobId=4104804862&keywords=robotics, 4104804862",
    "https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4104804862, 4104804862",
    "https://au.linkedin.com/jobs/view/senior-software-engineer-at-heidi-4104804862?position=1, 4104804862",
    "https://www.linkedin.com/jobs-guest/jobs/api/jobPosting/4104804862, 4104804862",
    "http://linkedin.com/jobs/view/4104804862, 4104804862",
  })
  void readsTheJobIdFromEveryShape(String url, String id) {
    assertThat(LinkedInUrls.jobId(url)).contains(id);
    assertThat(LinkedInUrls.canonicalUrl(url))
        .contains("https://www.linkedin.com/jobs/view/" + id);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.com/jobs/view/4104804862",
        "https://www.linkedin.com/company/toyota-research-institute",
        "https://www.linkedin.com/jobs/view/not-a-number",
        "https://www.linkedin.com/jobs/view/engineer-2025",
        "not a url at all",
        "https://notlinkedin.com/jobs/view/4104804862"
      })
  void findsNoIdWhereThereIsNone(String url) {
    assertThat(LinkedInUrls.jobId(url)).isEmpty();
  }
}
