package io.github.jobnorm.source.linkedin;

import io.github.jobnorm.internal.Dom;
import io.github.jobnorm.internal.RuleLines;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The criteria list under a LinkedIn job description, as worded on the page: seniority level,
 * employment type, job function and industries. Headings are recognized in the languages of
 * {@code criteria-labels.txt}; when none is recognized and the list has LinkedIn's usual four
 * items, they are read by position and {@link #byPosition} says so.
 *
 * @param seniority the seniority value ("Mid-Senior level"), or null
 * @param employmentType the employment-type value ("Full-time"), or null
 * @param jobFunction the job function ("Engineering and Information Technology"), or null
 * @param industries the industries ("Software Development"), or null
 * @param byPosition true when the headings were not recognized and the values were read by order
 */
public record LinkedInCriteria(
    String seniority,
    String employmentType,
    String jobFunction,
    String industries,
    boolean byPosition) {

  /** A criteria list's fields. */
  public enum Field {
    /** "Seniority level". */
    SENIORITY,
    /** "Employment type". */
    EMPLOYMENT_TYPE,
    /** "Job function". */
    JOB_FUNCTION,
    /** "Industries". */
    INDUSTRIES
  }

  /** Nothing stated. */
  public static final LinkedInCriteria NONE = new LinkedInCriteria(null, null, null, null, false);

  private static final Map<String, Field> LABELS = loadLabels();

  /** The criteria of the first criteria list under {@code root}; {@link #NONE} when it has none. */
  public static LinkedInCriteria read(Element root) {
    Element list = root.selectFirst(".description__job-criteria-list");
    if (list == null) {
      return NONE;
    }
    Map<Field, String> values = new LinkedHashMap<>();
    List<String> unlabelled = new ArrayList<>();
    for (Element item : list.select(".description__job-criteria-item")) {
      String heading = Dom.firstText(item, ".description__job-criteria-subheader, h3");
      String value = Dom.firstText(item, ".description__job-criteria-text, span");
      if (value == null) {
        continue;
      }
      Field field = heading == null ? null : field(heading);
      if (field != null) {
        values.putIfAbsent(field, value);
      } else {
        unlabelled.add(value);
      }
    }
    if (values.isEmpty() && unlabelled.size() == Field.values().length) {
      return new LinkedInCriteria(
          unlabelled.get(0), unlabelled.get(1), unlabelled.get(2), unlabelled.get(3), true);
    }
    return new LinkedInCriteria(
        values.get(Field.SENIORITY),
        values.get(Field.EMPLOYMENT_TYPE),
        values.get(Field.JOB_FUNCTION),
        values.get(Field.INDUSTRIES),
        false);
  }

  /** The field a heading names, in any known language, or null. */
  private static Field field(String heading) {
    return LABELS.get(key(heading));
  }

  /** The label file's entries as (field, heading, example value), for tests and docs. */
  public static List<String[]> labelEntries() {
    return entries();
  }

  private static String key(String heading) {
    String k = heading.replace('’', '\'').strip().toLowerCase(Locale.ROOT);
    if (k.endsWith(":")) {
      k = k.substring(0, k.length() - 1).strip();
    }
    return String.join(" ", k.split("\\s+"));
  }

  private static Map<String, Field> loadLabels() {
    Map<String, Field> labels = new LinkedHashMap<>();
    for (String[] e : entries()) {
      labels.put(key(e[1]), Field.valueOf(e[0]));
    }
    return Map.copyOf(labels);
  }

  private static List<String[]> entries() {
    return RuleLines.read(LinkedInCriteria.class, "criteria-labels.txt", 3);
  }
}
