package io.github.jobnorm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SitesTest {

  @ParameterizedTest
  @CsvSource({
    "https://www.linkedin.com/jobs/view/4104804862, linkedin",
    "https://boards.greenhouse.io/acme/jobs/123, greenhouse",
    "https://job-boards.eu.greenhouse.io/acme/jobs/123, greenhouse",
    "https://jobs.lever.co/acme/abc, lever",
    "https://jobs.ashbyhq.com/acme/abc, ashby",
    "https://acme.wd5.myworkdayjobs.com/en-US/External/job/1, workday",
    "https://wd3.myworkdaysite.com/recruiting/acme/1, workday",
  })
  void aKnownSystemIsNamed(String url, String site) {
    assertThat(Sites.site(url)).isEqualTo(site);
  }

  @ParameterizedTest
  @CsvSource({
    "https://careers.sap.de/job/1, sap.de",
    "https://jobs.example.co.uk/a?b=c, example.co.uk",
    "https://au.indeed.com/viewjob?jk=54f1f8af68d722d2, indeed.com",
    "https://example.com/jobs/1, example.com",
    "HTTPS://Careers.Example.COM/jobs/1, example.com",
    "https://notlinkedin.com/jobs/view/4104804862, notlinkedin.com",
  })
  void anyOtherHostGivesItsRegistrableDomain(String url, String site) {
    assertThat(Sites.site(url)).isEqualTo(site);
  }

  @ParameterizedTest
  @CsvSource({
    "http://127.0.0.1:8080/jobs/1, 127.0.0.1",
    "http://localhost/jobs/1, localhost",
    "http://intranet:8080/jobs/1, intranet",
  })
  void aHostWithoutRegistrableDomainIsItsOwnSite(String url, String site) {
    assertThat(Sites.site(url)).isEqualTo(site);
  }

  @Test
  void aUrlWithoutHostHasNoSite() {
    assertThat(Sites.site(null)).isNull();
    assertThat(Sites.site(" ")).isNull();
    assertThat(Sites.site("not a url at all")).isNull();
    assertThat(Sites.site("/jobs/1")).isNull();
  }

  @Test
  void aHostIsADomainOrOneOfItsSubdomains() {
    assertThat(Sites.isHost("https://au.linkedin.com/jobs", "linkedin.com")).isTrue();
    assertThat(Sites.isHost("https://linkedin.com/jobs", "linkedin.com")).isTrue();
    assertThat(Sites.isHost("https://notlinkedin.com/jobs", "linkedin.com")).isFalse();
    assertThat(Sites.within(null, "linkedin.com")).isFalse();
  }
}
