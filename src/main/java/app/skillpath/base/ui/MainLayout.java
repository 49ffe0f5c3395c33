package app.skillpath.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/** The shared frame of every page: app name and navigation in the drawer, the page title in the header. */
@AnonymousAllowed
// web components that appear only in markup (the drawer's navigation): declared so that an optimised
// frontend bundle keeps them
@Uses(SideNav.class)
@Uses(SideNavItem.class)
@Uses(Icon.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String TITLE_SUFFIX = " · Skillpath";

    /** The page title and who is logged in (or the ways in), as markup redrawn on every navigation. */
    private final HtmlBlock headerText = new HtmlBlock(SafeHtml.EMPTY);
    private final Button logout = new Button("Log out");
    private final HtmlBlock drawer = new HtmlBlock(SafeHtml.EMPTY);
    private final LayoutAccount account;
    private final Button colorSchemeToggle = new Button();

    public MainLayout(LayoutAccount account, AuthenticationContext authenticationContext) {
        this.account = account;
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        headerText.addClassName("header-text");
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.addClickListener(event -> authenticationContext.logout());
        colorSchemeToggle.setId("color-scheme-toggle");
        colorSchemeToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        colorSchemeToggle.addClickListener(event -> setDark(!isDark()));
        addToNavbar(toggle, headerText, logout, colorSchemeToggle);

        drawer.addClassName("drawer-content");
        addToDrawer(drawer);
    }

    /**
     * The drawer's brand, navigation and source line as markup, built once per set of menu entries
     * (one for visitors, one for logged-in users) and shared by every open page, instead of some
     * thirty components per page. The entries come from the routes' {@code @Menu} annotations,
     * filtered by Vaadin to those the current user may open.
     */
    private static final Map<List<MenuEntry>, SafeHtml> DRAWERS = new ConcurrentHashMap<>();

    private static SafeHtml drawerMarkup(List<MenuEntry> entries) {
        return SafeHtml.build(root -> {
            Element brand = Markup.link(root.appendElement("div").addClass("drawer-header"), "", "").addClass("brand");
            brand.appendElement("span").addClass("brand-mark").text("S");
            brand.appendElement("span").text("Skillpath");
            Element nav = root.appendElement("div").addClass("drawer-nav")
                    .appendElement("vaadin-side-nav").id("main-nav");
            for (MenuEntry entry : entries) {
                Element item = nav.appendElement("vaadin-side-nav-item").attr("path", Markup.path(entry)).text(entry.title());
                if (entry.icon() != null && !entry.icon().isBlank()) {
                    item.appendElement("vaadin-icon").attr("icon", entry.icon()).attr("slot", "prefix");
                }
            }
            root.appendElement("span").addClass("drawer-footer")
                    .text("Role data from “Machine Learning Engineer vs. Data Science Manager” (Dec. 6, 2023)");
        });
    }

    private static final String DARK_KEY = "skillpath.dark";

    /**
     * Light or dark colours (Lumo's dark scheme). Logged-in users' choice is stored with their
     * account; a visitor's lasts for the session. Read once per browser tab.
     */
    private void applyColorScheme() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        // read once per tab and user: the stored choice when logged in, the session's otherwise
        String user = account.signedInName().orElse(null);
        if (ComponentUtil.getData(ui, DARK_KEY) == null || !Objects.equals(ComponentUtil.getData(ui, DARK_KEY + ".user"), user)) {
            boolean dark = user != null ? account.prefersDark()
                    : Boolean.TRUE.equals(ui.getSession().getAttribute(DARK_KEY));
            ComponentUtil.setData(ui, DARK_KEY, dark);
            ComponentUtil.setData(ui, DARK_KEY + ".user", user);
        }
        showColorScheme(ui, isDark());
    }

    private boolean isDark() {
        UI ui = UI.getCurrent();
        return ui != null && Boolean.TRUE.equals(ComponentUtil.getData(ui, DARK_KEY));
    }

    private void setDark(boolean dark) {
        UI ui = UI.getCurrent();
        ComponentUtil.setData(ui, DARK_KEY, dark);
        if (account.signedInName().isPresent()) {
            account.setPrefersDark(dark);
        } else {
            ui.getSession().setAttribute(DARK_KEY, dark);
        }
        showColorScheme(ui, dark);
    }

    private void showColorScheme(UI ui, boolean dark) {
        ui.getPage().setColorScheme(dark ? ColorScheme.Value.DARK : ColorScheme.Value.LIGHT);
        colorSchemeToggle.setIcon(dark ? VaadinIcon.SUN_O.create() : VaadinIcon.MOON_O.create());
        colorSchemeToggle.setAriaLabel(dark ? "Use light colours" : "Use dark colours");
        // the browser's own tooltip: a Vaadin tooltip would be one more component in every open page
        colorSchemeToggle.getElement().setAttribute("title", dark ? "Use light colours" : "Use dark colours");
    }

    /** The page title, and who is logged in with a way out, or the ways in. Redrawn on every navigation. */
    private void showHeader(String title) {
        var name = account.signedInName();
        drawer.setContent(DRAWERS.computeIfAbsent(MenuConfiguration.getMenuEntries(), MainLayout::drawerMarkup));
        logout.setVisible(name.isPresent());
        headerText.setContent(SafeHtml.build(root -> {
            root.appendElement("h1").id("view-title").addClass("view-title").text(title);
            Element area = root.appendElement("div").id("user-area").addClass("user-area");
            name.ifPresentOrElse(
                    shown -> area.appendElement("span").id("user-name").addClass("user-name").text(shown),
                    () -> account.waysIn().forEach(link -> {
                        Element a = Markup.link(area, link.path(), link.text()).id(link.id()).addClass("button-link");
                        if (link.primary()) {
                            a.addClass("primary");
                        }
                    }));
        }));
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showHeader(headerTitle());
        applyColorScheme();
        // a link or button that opens another page starts it at the top (back and forward keep their position)
        NavigationTrigger trigger = event.getLocationChangeEvent().getTrigger();
        if (trigger == NavigationTrigger.ROUTER_LINK || trigger == NavigationTrigger.UI_NAVIGATE) {
            // the app layout scrolls its content part, not the window
            getElement().executeJs("const content = this.shadowRoot && this.shadowRoot.querySelector('[part~=\"content\"]');"
                    + " if (content) { content.scrollTop = 0; } window.scrollTo(0, 0);");
        }
    }

    private String headerTitle() {
        String title;
        if (getContent() instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        } else {
            PageTitle annotation = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
            title = annotation == null ? "Skillpath" : annotation.value();
        }
        return title.endsWith(TITLE_SUFFIX) ? title.substring(0, title.length() - TITLE_SUFFIX.length()) : title;
    }
}
