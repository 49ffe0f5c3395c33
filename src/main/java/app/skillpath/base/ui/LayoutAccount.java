package app.skillpath.base.ui;

import java.util.List;
import java.util.Optional;

/**
 * What the shared layout needs to know about the person using the page, provided by the account
 * feature: the layout (in base) cannot depend on a feature, since every feature's pages depend on it.
 */
public interface LayoutAccount {

    /** The name to show in the header, or empty for a visitor who is not logged in. */
    Optional<String> signedInName();

    /** The stored choice of dark colours; only asked while someone is logged in. */
    boolean prefersDark();

    /** Stores the choice of dark colours; only called while someone is logged in. */
    void setPrefersDark(boolean dark);

    /** The links a visitor who is not logged in gets in the header (log in, sign up), the main one last. */
    List<HeaderLink> waysIn();

    /** A link in the header: its element id, the route's path and its text. */
    record HeaderLink(String id, String path, String text, boolean primary) {
    }
}
