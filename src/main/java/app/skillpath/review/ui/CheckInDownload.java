package app.skillpath.review.ui;

import app.skillpath.review.CheckIn;
import app.skillpath.review.CheckInMarkdown;
import app.skillpath.review.ReviewService;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Optional;

/** A check-in's Markdown download, read at download time for the logged-in owner only. */
final class CheckInDownload {

    private CheckInDownload() {
    }

    static Anchor anchor(ReviewService reviewService, long checkInId, ZoneId zone) {
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Optional<CheckIn> checkIn = reviewService.myCheckIn(checkInId);
            if (checkIn.isEmpty()) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, "There is no check-in of yours with this number.");
            }
            byte[] bytes = CheckInMarkdown.write(checkIn.get(), zone).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), CheckInMarkdown.fileName(checkIn.get(), zone),
                    CheckInMarkdown.TYPE, bytes.length);
        }), "Download (Markdown)");
        anchor.setId("check-in-download-" + checkInId);
        anchor.addClassName("button-link");
        return anchor;
    }
}
