package io.github.jobnorm.source.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class LinkedInCriteriaTest {

  private static Document list(String... headingValuePairs) {
    StringBuilder html = new StringBuilder("<ul class='description__job-criteria-list'>");
    for (int i = 0; i < headingValuePairs.length; i += 2) {
      html.append("<li class='description__job-criteria-item'>")
          .append("<h3 class='description__job-criteria-subheader'>").append(headingValuePairs[i])
          .append("</h3><span class='description__job-criteria-text'>")
          .append(headingValuePairs[i + 1]).append("</span></li>");
    }
    return Jsoup.parse(html.append("</ul>").toString());
  }

  @Test
  void everyHeadingOfTheLabelFileReadsItsExample() {
    assertThat(LinkedInCriteria.labelEntries()).hasSizeGreaterThanOrEqualTo(28);
    for (String[] e : LinkedInCriteria.labelEntries()) {
      LinkedInCriteria c = LinkedInCriteria.read(list("  " + e[1].toUpperCase(java.util.Locale.ROOT) + ": ", e[2]));
      String value = switch (LinkedInCriteria.Field.valueOf(e[0])) {
        case SENIORITY -> c.seniority();
        case EMPLOYMENT_TYPE -> c.employmentType();
        case JOB_FUNCTION -> c.jobFunction();
        case INDUSTRIES -> c.industries();
      };
      assertThat(value).as(e[1]).isEqualTo(e[2]);
      assertThat(c.byPosition()).isFalse();
    }
  }

  @Test
  void readsAGermanListAndFallsBackToPositionForUnknownHeadings() {
    LinkedInCriteria de = LinkedInCriteria.read(list("Karrierestufe", "Einstiegslevel",
        "Beschäftigungsverhältnis", "Vollzeit", "Tätigkeitsbereich", "Vertrieb", "Branchen", "Bau"));
    assertThat(de).isEqualTo(new LinkedInCriteria("Einstiegslevel", "Vollzeit", "Vertrieb", "Bau", false));
    LinkedInCriteria unknown = LinkedInCriteria.read(list("Kıdem düzeyi", "Orta-Kıdemli düzey",
        "İstihdam türü", "Tam zamanlı", "İş fonksiyonu", "Satış", "Sektörler", "Perakende"));
    assertThat(unknown).isEqualTo(
        new LinkedInCriteria("Orta-Kıdemli düzey", "Tam zamanlı", "Satış", "Perakende", true));
    assertThat(LinkedInCriteria.read(list("Unknown", "x", "Other", "y"))).isEqualTo(LinkedInCriteria.NONE);
    assertThat(LinkedInCriteria.read(Jsoup.parse("<p>none</p>"))).isEqualTo(LinkedInCriteria.NONE);
  }
}
