package app.skillpath.base.ui;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.RouterLink;

/** The shared frame of every page: app name and navigation in the drawer, the page title in the header. */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    public static final String TITLE_SUFFIX = " · Skillpath";

    private final H1 viewTitle = new H1();

    public MainLayout() {
        setPrimarySection(Section.DRAWER);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        viewTitle.setId("view-title");
        addToNavbar(toggle, viewTitle);

        RouterLink brand = new RouterLink("", HomeView.class);
        brand.addClassName("brand");
        Span mark = new Span("S");
        mark.addClassName("brand-mark");
        brand.add(mark, new Span("Skillpath"));
        Div drawerHeader = new Div(brand);
        drawerHeader.addClassName("drawer-header");

        SideNav nav = new SideNav();
        nav.setId("main-nav");
        nav.addItem(new SideNavItem("Home", "", VaadinIcon.HOME.create()));
        nav.addItem(new SideNavItem("Roles", "roles", VaadinIcon.BRIEFCASE.create()));
        nav.addItem(new SideNavItem("Compare roles", "compare", VaadinIcon.SPLIT.create()));

        Span source = new Span("Role data from “Machine Learning Engineer vs. Data Science Manager” (Dec. 6, 2023)");
        source.addClassName("drawer-footer");

        addToDrawer(drawerHeader, new Scroller(nav), source);
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        viewTitle.setText(headerTitle());
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
