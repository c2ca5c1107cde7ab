package io.github.jobnorm.source.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.jobnorm.JobNorm;
import io.github.jobnorm.ParseOptions;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.model.JobPosting;
import io.github.jobnorm.model.Section;
import io.github.jobnorm.model.SourceFormat;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLdPostingParserTest {
  private final JsonLdPostingParser parser = new JsonLdPostingParser();

  private List<RawPosting> page(String... scripts) {
    StringBuilder html = new StringBuilder("<html><head><title>Jobs</title>");
    for (String s : scripts) {
      html.append("<script type=\"application/ld+json\">").append(s).append("</script>");
    }
    InputDocument doc = InputDocument.of(html.append("</head><body></body></html>").toString());
    assertThat(parser.supports(doc)).isTrue();
    return parser.parse(doc);
  }

  private RawPosting one(String... scripts) {
    List<RawPosting> postings = page(scripts);
    assertThat(postings).hasSize(1);
    return postings.get(0);
  }

  @Test
  void readsTheIndeedPage() {
    InputDocument doc =
        InputDocument.of(Fixtures.get("jsonld", "indeed-senior-devops-engineer").text());
    assertThat(parser.supports(doc)).isTrue();
    RawPosting p = parser.parse(doc).get(0);
    assertThat(p.format()).isEqualTo(SourceFormat.JSON_LD);
    assertThat(p.site()).isNull(); // the normalizer names it by domain: indeed.com
    assertThat(p.url()).isEqualTo("https://au.indeed.com/viewjob?jk=54f1f8af68d722d2");
    assertThat(p.title()).isEqualTo("Senior DevOps Engineer");
    assertThat(p.company()).isEqualTo("PaperCut Software");
    assertThat(p.companyUrl()).isEqualTo("https://au.indeed.com/cmp/Papercut-Software");
    assertThat(p.locations()).containsExactly("Camberwell, VIC, AU");
    assertThat(p.employmentTypes()).containsExactly("FULL_TIME");
    assertThat(p.postedAt()).isEqualTo("2026-08-06T07:39:35.941Z");
    assertThat(p.validThrough()).isEqualTo("2026-12-12T09:37:46.463Z");
    assertThat(p.pay()).usingRecursiveFieldByFieldElementComparator().containsExactly(
        new RawPay(new BigDecimal("130000"), new BigDecimal("160000"), "AUD", "YEAR", null));
    assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    assertThat(p.description()).contains("At PaperCut, we believe two things");
  }

  @Test
  void findsPostingsInArraysGraphsAndNestedObjects() {
    List<RawPosting> postings = page(
        "[{\"@type\":\"Organization\",\"name\":\"X\"},{\"@type\":\"JobPosting\",\"title\":\"A\"}]",
        "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\"},"
            + "{\"@type\":[\"JobPosting\"],\"title\":\"B\"}]}",
        "{\"@type\":\"WebPage\",\"mainEntity\":{\"@type\":\"schema:JobPosting\",\"title\":\"C\"}}",
        "{\"@type\":\"http://schema.org/JobPosting\",\"title\":\"D\"}");
    assertThat(postings).extracting(RawPosting::title).containsExactly("A", "B", "C", "D");
  }

  @Test
  void readsEscapedAndRawDescriptions() {
    assertThat(one("{\"@type\":\"JobPosting\",\"description\":\"&lt;p&gt;Hi &amp;amp; bye&lt;/p&gt;\"}")
        .description()).isEqualTo("<p>Hi &amp; bye</p>");
    RawPosting raw = one("{\"@type\":\"JobPosting\",\"description\":\"<ul><li>Go</li></ul>\"}");
    assertThat(raw.description()).isEqualTo("<ul><li>Go</li></ul>");
    assertThat(raw.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    RawPosting text = one("{\"@type\":\"JobPosting\",\"description\":\"Plain words, 3 < 4.\"}");
    assertThat(text.descriptionFormat()).isEqualTo(DescriptionFormat.TEXT);
  }

  @Test
  void anEscapedTagIsMarkupWhereTheWholeDescriptionIsEscapedAndTextBesideRealTags() {
    ParseOptions jsonLd = ParseOptions.builder().parser("jsonld").build();
    // the site escaped its markup whole: every escaped tag is a tag
    JobPosting escaped = JobNorm.parse("{\"@type\":\"JobPosting\",\"title\":\"Night Nurse\","
        + "\"description\":\"&lt;p&gt;Night shifts: &lt;b&gt;bonus&lt;/b&gt; paid&lt;br&gt;weekly"
        + "&lt;/p&gt;\"}", jsonLd).posting();
    assertThat(escaped.description()).isEqualTo("Night shifts: bonus paid weekly");
    // real tags: the value is HTML, where "&lt;b&gt;" is the text <b>, as jobnorm's own
    // JSON-LD writes a description that says <b>; reading it as a tag would lose the words
    JobPosting html = JobNorm.parse("{\"@type\":\"JobPosting\",\"title\":\"Night Nurse\","
        + "\"description\":\"<p>Night shifts: &lt;b&gt;bonus&lt;/b&gt; paid<br>weekly</p>\"}",
        jsonLd).posting();
    assertThat(html.description()).isEqualTo("Night shifts: <b>bonus</b> paid weekly");
    assertThat(html.sections()).extracting(Section::text)
        .containsExactly("Night shifts: <b>bonus</b> paid weekly");
  }

  @Test
  void readsEveryBaseSalaryShape() {
    assertThat(one("{\"@type\":\"JobPosting\",\"baseSalary\":{\"@type\":\"MonetaryAmount\","
        + "\"currency\":\"USD\",\"value\":{\"@type\":\"QuantitativeValue\",\"value\":\"45.50\","
        + "\"unitText\":\"HOUR\"}}}").pay())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new RawPay(new BigDecimal("45.50"), new BigDecimal("45.50"), "USD", "HOUR", null));
    assertThat(one("{\"@type\":\"JobPosting\",\"baseSalary\":{\"currency\":\"EUR\",\"value\":60000,"
        + "\"unitText\":\"YEAR\"}}").pay())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new RawPay(new BigDecimal("60000"), new BigDecimal("60000"), "EUR", "YEAR", null));
    assertThat(one("{\"@type\":\"JobPosting\",\"baseSalary\":{\"currency\":\"GBP\",\"value\":"
        + "{\"minValue\":\"30,000\",\"unitText\":\"YEAR\"}}}").pay())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new RawPay(new BigDecimal("30000"), null, "GBP", "YEAR", null));
    assertThat(one("{\"@type\":\"JobPosting\",\"baseSalary\":52000}").pay())
        .usingRecursiveFieldByFieldElementComparator()
        .containsExactly(new RawPay(new BigDecimal("52000"), new BigDecimal("52000"), null, null, null));
    RawPosting text = one("{\"@type\":\"JobPosting\",\"baseSalary\":\"$90k - $110k a year\"}");
    assertThat(text.pay()).isEmpty();
    assertThat(text.payTexts()).containsExactly("$90k - $110k a year");
  }

  @Test
  void readsLocationsOrganizationsTypesAndIdentifiers() {
    RawPosting p = one("""
        {"@type": "JobPosting", "title": "R&amp;D Lead",
         "hiringOrganization": "Acme &amp; Sons",
         "jobLocation": [
           {"@type": "Place", "address": {"@type": "PostalAddress", "streetAddress": "1 Main St",
             "addressLocality": "Austin", "addressRegion": "TX", "postalCode": "78701",
             "addressCountry": {"@type": "Country", "name": "US"}}},
           {"@type": "Place", "address": "Berlin, Germany"},
           {"@type": "Place", "name": "Head office"}],
         "employmentType": ["FULL_TIME", "CONTRACTOR"],
         "identifier": {"@type": "PropertyValue", "name": "Acme", "value": "REQ-17"},
         "datePosted": "2026-11-01", "validThrough": "2026-12-31T23:59",
         "url": "https://acme.example/jobs/17"}
        """);
    assertThat(p.title()).isEqualTo("R&D Lead");
    assertThat(p.company()).isEqualTo("Acme & Sons");
    assertThat(p.locations()).containsExactly("Austin, TX, US", "Berlin, Germany", "Head office");
    assertThat(p.employmentTypes()).containsExactly("FULL_TIME", "CONTRACTOR");
    assertThat(p.jobId()).isEqualTo("REQ-17");
    assertThat(p.postedAt()).isEqualTo("2026-11-01");
    assertThat(p.validThrough()).isEqualTo("2026-12-31T23:59");
    assertThat(p.url()).isEqualTo("https://acme.example/jobs/17");
    assertThat(one("{\"@type\":\"JobPosting\",\"employmentType\":\"PART_TIME, TEMPORARY\","
        + "\"identifier\":42}").employmentTypes()).containsExactly("PART_TIME", "TEMPORARY");
  }

  @Test
  void readsTelecommuteWithApplicantLocationRequirements() {
    RawPosting p = one("""
        {"@type": "JobPosting", "title": "Support Engineer", "jobLocationType": "TELECOMMUTE",
         "applicantLocationRequirements": [{"@type": "Country", "name": "USA"},
                                           {"@type": "State", "name": "Ontario"}]}
        """);
    assertThat(p.remote()).isTrue();
    assertThat(p.workplaceType()).isEqualTo("TELECOMMUTE");
    assertThat(p.locations()).containsExactly("Remote - USA", "Remote - Ontario");
  }

  @Test
  void readsLocationsThatHoldMarkupOrEntitiesAsText() {
    RawPosting p = one("""
        {"@type": "JobPosting", "title": "Nurse", "jobLocationType": "TELECOMMUTE",
         "jobLocation": [{"address": "<b>Leeds</b>, UK"},
                         {"address": {"addressLocality": "Leeds &amp; Bradford",
                                      "addressCountry": "GB"}}],
         "applicantLocationRequirements": {"@type": "Country", "name": "<i>UK</i>"}}
        """);
    assertThat(p.locations()).containsExactly("Leeds, UK", "Leeds & Bradford, GB", "Remote - UK");
    // a doubly escaped scope is decoded as often as a doubly escaped address: once
    RawPosting twice = one("""
        {"@type": "JobPosting", "title": "Nurse", "jobLocationType": "TELECOMMUTE",
         "jobLocation": {"address": "R&amp;amp;D Park"},
         "applicantLocationRequirements": {"@type": "Country", "name": "R&amp;amp;D Park"}}
        """);
    assertThat(twice.locations()).containsExactly("R&amp;D Park", "Remote - R&amp;D Park");
  }

  @Test
  void readsBrokenJsonLdWhereTheMeaningIsClear() {
    // a trailing comma, a raw newline inside a string, and an HTML comment wrapper
    RawPosting p = one("<!-- {\"@type\": \"JobPosting\", \"title\": \"Cook\",\n"
        + "\"description\": \"Line one\nline two\",} -->");
    assertThat(p.title()).isEqualTo("Cook");
    assertThat(p.description()).isEqualTo("Line one\nline two");
    // several objects in one script, back to back and separated by a comma
    assertThat(page("{\"@type\":\"JobPosting\",\"title\":\"A\"} {\"@type\":\"JobPosting\",\"title\":\"B\"}"))
        .extracting(RawPosting::title).containsExactly("A", "B");
    assertThat(page("{\"@type\":\"JobPosting\",\"title\":\"A\"},{\"@type\":\"JobPosting\",\"title\":\"B\"}"))
        .extracting(RawPosting::title).containsExactly("A", "B");
    // the posting before a hopeless error is kept
    assertThat(page("{\"@type\":\"JobPosting\",\"title\":\"A\"} {\"@type\": JobPosting !!}"))
        .extracting(RawPosting::title).containsExactly("A");
  }

  @Test
  void aPageWhoseJsonLdIsNotAPostingGivesNone() {
    InputDocument seek = InputDocument.of(Fixtures.get("html", "seek-senior-platform-engineer").text());
    assertThat(parser.supports(seek)).isTrue();
    assertThat(parser.parse(seek)).isEmpty();
  }

  @Test
  void readsAJsonLdDocumentOnItsOwn() {
    InputDocument doc = InputDocument.of("{\"@context\":\"https://schema.org/\",\"@type\":\"JobPosting\","
        + "\"title\":\"Welder\",\"hiringOrganization\":{\"name\":\"Forge\",\"sameAs\":[\"https://forge.example\"]}}");
    assertThat(parser.supports(doc)).isTrue();
    RawPosting p = parser.parse(doc).get(0);
    assertThat(p.title()).isEqualTo("Welder");
    assertThat(p.companyUrl()).isEqualTo("https://forge.example");
  }
}
