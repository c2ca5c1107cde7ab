package io.github.jobnorm.source.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.jobnorm.ParseFailure;
import io.github.jobnorm.fixtures.Fixtures;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.InputDocument;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.SourceException;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class GenericHtmlParserTest {
  private final GenericHtmlParser parser = new GenericHtmlParser();

  private static final String BODY = "<p>We are looking for a nurse to join our ward team. You will "
      + "care for patients on a busy surgical ward and work with doctors and therapists.</p>"
      + "<h2>Requirements</h2><ul><li>Registered nurse.</li><li>Two years of experience on a "
      + "surgical ward.</li></ul><p>Apply by sending your CV to the ward manager.</p>";

  @Test
  void readsTheSeekPageFromItsJobAdBlock() throws SourceException {
    InputDocument doc = InputDocument.of(Fixtures.get("html", "seek-senior-platform-engineer").text());
    RawPosting p = parser.parse(doc).get(0);
    assertThat(p.title()).isEqualTo("Senior Platform Engineer | Remote | Australia");
    assertThat(p.url()).isEqualTo("https://au.seek.com/job/93856863");
    assertThat(p.site()).isNull();
    assertThat(p.company()).isNull();
    assertThat(p.descriptionFormat()).isEqualTo(DescriptionFormat.HTML);
    String text = Jsoup.parse(p.description()).text();
    assertThat(text)
        .startsWith("I'm representing a growing, seed-stage Australian healthtech company")
        .contains("What the role involves:")
        .doesNotContain("Report this job ad")
        .doesNotContain("Sign in");
    assertThat(p.warnings()).singleElement().asString()
        .contains("no structured posting data").contains("<div>");
  }

  @Test
  void takesTheH1ThenOgTitleThenTitle() throws SourceException {
    assertThat(parse("<html><head><title>T</title><meta property='og:title' content='OG'></head>"
        + "<body><main><h1>Ward Nurse</h1>" + BODY + "</main></body></html>").title())
        .isEqualTo("Ward Nurse");
    RawPosting og = parse("<html><head><title>T</title><meta property='og:title' content='Ward Nurse'>"
        + "</head><body><article>" + BODY + "</article></body></html>");
    assertThat(og.title()).isEqualTo("Ward Nurse");
    assertThat(og.warnings().get(0)).contains("<article>");
    RawPosting plain = parse("<html><head><title>Ward Nurse - Jobs</title></head><body><nav>Home</nav>"
        + BODY + "<footer>Cookies</footer></body></html>");
    assertThat(plain.title()).isEqualTo("Ward Nurse - Jobs");
    assertThat(plain.description()).doesNotContain("Cookies").doesNotContain("Home");
    assertThat(plain.warnings().get(0)).contains("the whole page body");
  }

  @Test
  void aPageThatIsClearlyNotAPostingIsNotAPosting() {
    assertFailure("<html><head><title>Our bakery</title></head><body><h1>Fresh bread daily</h1>"
        + "<p>" + "Sourdough, rye and seeded loaves baked every morning in our wood oven. ".repeat(6)
        + "</p></body></html>", ParseFailure.Reason.NOT_A_POSTING);
    assertFailure("<html><body><p>Hello</p></body></html>", ParseFailure.Reason.NOT_A_POSTING);
    assertFailure("<html><body>" + BODY + "</body></html>", ParseFailure.Reason.NOT_A_POSTING);
  }

  @Test
  void aBotWallIsABlockedPage() {
    assertFailure("<html><head><title>Just a moment...</title></head><body><div id='challenge'>"
        + "Checking your browser before accessing the site.</div></body></html>",
        ParseFailure.Reason.BLOCKED_PAGE);
  }

  @Test
  void everyWordListExampleIsRecognized() {
    assertThat(PageWords.postingRows()).allSatisfy(row ->
        assertThat(PageWords.postingWords(row[1])).as(row[1]).isPositive());
    assertThat(PageWords.blockedRows()).allSatisfy(row ->
        assertThat(PageWords.blockedPhrase(row[1])).as(row[1]).isEqualTo(row[0]));
  }

  private RawPosting parse(String html) throws SourceException {
    InputDocument doc = InputDocument.of(html);
    assertThat(parser.supports(doc)).isTrue();
    return parser.parse(doc).get(0);
  }

  private void assertFailure(String html, ParseFailure.Reason reason) {
    assertThatThrownBy(() -> parser.parse(InputDocument.of(html)))
        .isInstanceOfSatisfying(SourceException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
