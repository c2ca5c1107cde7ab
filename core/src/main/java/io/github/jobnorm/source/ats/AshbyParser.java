package io.github.jobnorm.source.ats;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.jobnorm.internal.Figures;
import io.github.jobnorm.internal.JsonFields;
import io.github.jobnorm.source.DescriptionFormat;
import io.github.jobnorm.source.RawPay;
import io.github.jobnorm.source.RawPosting;
import io.github.jobnorm.source.jsonld.JobPostingReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads Ashby's public job board API ({@code /posting-api/job-board/BOARD?includeCompensation=
 * true}, or one job of it): location and {@code secondaryLocations}, {@code isRemote}, {@code
 * workplaceType}, {@code employmentType}, and the salary components of {@code
 * compensationTiers} with their interval. Equity, bonus and commission components are not pay
 * ranges in a currency and are left out. Compensation a company chose not to display ({@code
 * shouldDisplayCompensationOnJobPostings: false}) is not read. Ashby does not name the company.
 */
public final class AshbyParser extends AtsFeedParser {
  /** A parser of Ashby job board responses. */
  public AshbyParser() {
    super("ashby", "jobs", n -> hasAll(n, "title", "jobUrl")
        && (n.has("isRemote") || n.has("descriptionHtml") || n.has("publishedAt")));
  }

  @Override
  void read(JsonNode job, RawPosting.Builder b) {
    b.jobId(JsonFields.text(job, "id"))
        .url(JsonFields.text(job, "jobUrl"))
        .title(JsonFields.text(job, "title"))
        .postedAt(JsonFields.text(job, "publishedAt"))
        .employmentType(JsonFields.text(job, "employmentType"))
        .workplaceType(JsonFields.text(job, "workplaceType"));
    String primary = JsonFields.text(job, "location");
    b.location(primary != null ? primary
        : JobPostingReader.postalAddress(job.path("address").path("postalAddress")));
    for (JsonNode secondary : job.path("secondaryLocations")) {
      String name = JsonFields.text(secondary, "location");
      JsonNode address = secondary.path("address");
      b.location(name != null ? name : JobPostingReader.postalAddress(address.has("postalAddress")
          ? address.get("postalAddress") : address));
    }
    JsonNode remote = job.get("isRemote");
    if (remote != null && remote.isBoolean()) {
      b.remote(remote.asBoolean());
    }
    String html = JsonFields.text(job, "descriptionHtml");
    if (html != null) {
      b.description(html, DescriptionFormat.HTML);
    } else {
      b.description(JsonFields.text(job, "descriptionPlain"), DescriptionFormat.TEXT);
    }
    JsonNode shown = job.get("shouldDisplayCompensationOnJobPostings");
    if (shown == null || !shown.isBoolean() || shown.asBoolean()) {
      salaries(job.path("compensation")).forEach(b::pay);
    }
  }

  private static List<RawPay> salaries(JsonNode compensation) {
    List<RawPay> out = new ArrayList<>();
    for (JsonNode tier : compensation.path("compensationTiers")) {
      for (JsonNode component : tier.path("components")) {
        salary(component).ifPresent(out::add);
      }
    }
    if (out.isEmpty()) {
      for (JsonNode component : compensation.path("summaryComponents")) {
        salary(component).ifPresent(out::add);
      }
    }
    return out;
  }

  private static Optional<RawPay> salary(JsonNode component) {
    String type = JsonFields.text(component, "compensationType");
    if (type == null || !type.toLowerCase(Locale.ROOT).equals("salary")) {
      return Optional.empty();
    }
    BigDecimal min = Figures.decimal(component.get("minValue"));
    BigDecimal max = Figures.decimal(component.get("maxValue"));
    if (min == null && max == null) {
      return Optional.empty();
    }
    return Optional.of(new RawPay(min, max, JsonFields.text(component, "currencyCode"),
        JsonFields.text(component, "interval"), JsonFields.text(component, "summary")));
  }
}
