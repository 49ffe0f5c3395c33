package app.skillpath.catalog;

import java.time.LocalDate;

/** The source article the catalog is drawn from. */
public record Article(String key, String title, LocalDate published, String readTime,
                      String introduction, String conclusion) {
}
