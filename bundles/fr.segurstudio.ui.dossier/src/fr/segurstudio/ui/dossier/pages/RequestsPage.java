package fr.segurstudio.ui.dossier.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.ContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Layout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.IFormColors;
import org.eclipse.ui.contexts.IContextActivation;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.menus.IMenuService;
import org.eclipse.ui.part.MultiPageSelectionProvider;

import fr.segurstudio.forms.FormContext;
import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.forms.swt.FormHandle;
import fr.segurstudio.forms.swt.FormOptions;
import fr.segurstudio.forms.swt.FormRenderer;
import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.model.asp.AspPaths;
import fr.segurstudio.model.core.Demande;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.Services;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.internal.RequestLabels;

/**
 * Demandes: the requests in a virtual table (sortable by column, filtered by status, errors and text) and the
 * selected request's form beside it, generated from the couloir's view (forms.swt). The table's selection — the
 * {@link Demande} objects selected — is the editor's selection while the page is shown, for the handlers and the
 * workbench's selection service. The table's toolbar and context menu are menu contributions ({@value #TOOLBAR},
 * {@value #POPUP}).
 */
public final class RequestsPage extends DossierFormPage {

	public static final String ID = "fr.segurstudio.ui.dossier.requests";
	public static final String TOOLBAR = "toolbar:fr.segurstudio.ui.dossier.requests.toolbar";
	public static final String POPUP = "fr.segurstudio.ui.dossier.requests.popup";
	private static final int[] DEFAULT_WEIGHTS = { 48, 52 };
	/** The section of this plug-in's dialog settings where the Demandes pages remember their state, per couloir. */
	public static final String SETTINGS = PageSettings.ROOT;
	/** The context of the Demandes table (plugin.xml binds Delete to Supprimer there). */
	static final String TABLE_CONTEXT = "fr.segurstudio.ui.dossier.requestsTable";
	/** The context of the Demandes page while it is the editor's page shown (Alt+↓ / Alt+↑: the next and previous request). */
	static final String PAGE_CONTEXT = "fr.segurstudio.ui.dossier.requestsPage";

	private final RequestRows model = new RequestRows();
	private List<Issue> issues = List.of();
	private RequestTable viewer;
	private Label formTitle;
	private Composite formHost;
	private FormHandle form;
	private Label placeholder;
	/** The form, or the placeholder when no request (or several) is selected. */
	private final StackLayout stack = new StackLayout();
	private Composite tablePane;
	private Label countLabel;
	private Text search;
	private Combo status;
	private Button errors;
	private SashForm sash;
	private RequestColumns columns;
	/** What this couloir's Demandes pages remember (columns, sort, sash, filters). */
	private PageSettings settings;
	private IContextActivation pageContext;
	/** Enter from the table into the form, Escape back. */
	private FormKeys keys;

	public RequestsPage(DossierContext context) {
		super(context, ID, Messages.pageRequests);
	}

	@Override
	protected void createContent(Composite body) {
		PlatformUI.getWorkbench().getService(IMenuService.class).populateContributionManager((ContributionManager) scrolledForm.getToolBarManager(),
				TOOLBAR);
		scrolledForm.updateToolBar();
		settings = PageSettings.of(context.session().couloir() == null ? null : context.session().couloir().id());
		sash = new SashForm(body, SWT.HORIZONTAL);
		body.setLayout(new PaneLayout(sash));
		scrolledForm.setExpandHorizontal(true);
		scrolledForm.setExpandVertical(true);
		toolkit.adapt(sash);
		createTable(sash);
		Composite right = toolkit.createComposite(sash);
		GridLayoutFactory.fillDefaults().margins(4, 2).applyTo(right);
		formTitle = toolkit.createLabel(right, "", SWT.NONE);
		formTitle.setData(WidgetKeys.KEY, "demande.titre");
		formTitle.setFont(JFaceResources.getHeaderFont());
		formTitle.setForeground(toolkit.getColors().getColor(IFormColors.TITLE));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(formTitle);
		formHost = toolkit.createComposite(right);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(formHost);
		formHost.setLayout(stack);
		keys = new FormKeys(viewer.getTable(), formHost, () -> form != null && stack.topControl == form.control() ? form : null);
		placeholder = toolkit.createLabel(formHost, Messages.requestsNoSelection, SWT.WRAP);
		stack.topControl = placeholder;
		// about half for the table: its five columns in sight at 1280×800, the form fitting the other half
		sash.setWeights(DEFAULT_WEIGHTS);
		restore();
		// saved while the widgets are still whole: the sash's disposal comes before its children's
		sash.addListener(SWT.Dispose, e -> save());
		issues = context.issues();
		model.setIssues(issues);
		refresh();
		if (!viewer.rows().isEmpty()) {
			select(List.of(viewer.rows().get(0)));
		} else {
			showRequests(List.of());
		}
	}

	private void createTable(Composite parent) {
		Composite left = toolkit.createComposite(parent);
		tablePane = left;
		// one column whose width is the pane's: the filters wrap under each other and the table scrolls its columns
		// when the pane is narrower than they are (nothing is cut off past the sash, the table's scroll bar included)
		GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(left);
		search = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.requestsFilterText);
		search.setData(WidgetKeys.KEY, "filtre.texte");
		GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(search);
		search.addModifyListener(e -> {
			model.filterText(search.getText());
			refresh();
		});
		Composite filters = toolkit.createComposite(left);
		RowLayout wrapping = new RowLayout(SWT.HORIZONTAL);
		wrapping.wrap = true;
		wrapping.center = true;
		wrapping.marginLeft = wrapping.marginRight = wrapping.marginTop = wrapping.marginBottom = 0;
		filters.setLayout(wrapping);
		GridDataFactory.fillDefaults().grab(true, false).hint(1, SWT.DEFAULT).applyTo(filters);
		status = new Combo(filters, SWT.READ_ONLY);
		status.setData(WidgetKeys.KEY, "filtre.statut");
		status.add(Messages.requestsAllStatuses);
		for (StatutDemande value : StatutDemande.values()) {
			status.add(value.getLiteral());
		}
		status.select(0);
		status.addListener(SWT.Selection, e -> {
			model.filterStatus(status.getSelectionIndex() <= 0 ? null : StatutDemande.values()[status.getSelectionIndex() - 1]);
			refresh();
		});
		errors = toolkit.createButton(filters, Messages.requestsWithErrors, SWT.CHECK);
		errors.setData(WidgetKeys.KEY, "filtre.erreurs");
		errors.addListener(SWT.Selection, e -> {
			model.filterErrors(errors.getSelection());
			refresh();
		});
		countLabel = toolkit.createLabel(filters, "");

		viewer = new RequestTable(left, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		Table table = viewer.getTable();
		table.setData(WidgetKeys.KEY, "demandes");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).hint(1, 300).applyTo(table);
		columns = new RequestColumns(table);
		column(RequestRows.Column.NUMERO, Messages.columnNumero, 90, Demande::getNumeroEditeur);
		column(RequestRows.Column.BENEFICIAIRE, Messages.columnBeneficiaire, 180, RequestLabels::beneficiary);
		column(RequestRows.Column.MONTANT, Messages.columnMontant, 100, d -> RequestLabels.euros(RequestLabels.amount(d)));
		column(RequestRows.Column.STATUT, Messages.columnStatut, 95, d -> d.getStatut().getLiteral());
		column(RequestRows.Column.PROBLEMES, Messages.columnProblemes, 105, this::problems);
		viewer.setInput(this);
		viewer.addSelectionChangedListener(e -> {
			showRequests(selected());
			publish(e, false);
		});
		viewer.addPostSelectionChangedListener(e -> publish(e, true));
		// Delete runs Supprimer through its key binding, in a context active only while the table has the focus
		// (a widget's own key listener never sees a key the workbench's bindings take first)
		IContextService contexts = getSite().getService(IContextService.class);
		IContextActivation[] activation = new IContextActivation[1];
		table.addListener(SWT.FocusIn, e -> activation[0] = contexts.activateContext(TABLE_CONTEXT));
		table.addListener(SWT.FocusOut, e -> {
			if (activation[0] != null) {
				contexts.deactivateContext(activation[0]);
				activation[0] = null;
			}
		});
		MenuManager menu = new MenuManager(null, POPUP);
		columns.menus(menu.createContextMenu(table));
		getSite().registerContextMenu(POPUP, menu, viewer);
	}

	/**
	 * The table's selection is the editor's while the page is shown: told to the editor's multi-page selection
	 * provider (the site's), which the workbench's selection service and the handlers read.
	 */
	private void publish(SelectionChangedEvent event, boolean post) {
		if (isActive() && getSite().getSelectionProvider() instanceof MultiPageSelectionProvider editor) {
			SelectionChangedEvent forwarded = new SelectionChangedEvent(editor, event.getSelection());
			if (post) {
				editor.firePostSelectionChanged(forwarded);
			} else {
				editor.fireSelectionChanged(forwarded);
			}
		}
	}

	/** The requests selected in the table, as {@link Demande} objects. */
	@Override
	public ISelection selection() {
		return new StructuredSelection(selected());
	}

	private String problems(Demande demande) {
		int errors = model.errors(demande);
		int warnings = model.warnings(demande);
		if (errors == 0 && warnings == 0) {
			return "";
		}
		return NLS.bind(Messages.columnProblemesValue, errors, warnings);
	}

	private void column(RequestRows.Column id, String title, int width, Function<Demande, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setMoveable(true);
		columns.add(id, column.getColumn(), width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((Demande) element);
				return value == null ? "" : value;
			}

			@Override
			public Image getImage(Object element) {
				if (id != RequestRows.Column.NUMERO) {
					return null;
				}
				Demande demande = (Demande) element;
				ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
				if (model.errors(demande) > 0) {
					return images.getImage(ISharedImages.IMG_OBJS_ERROR_TSK);
				}
				return model.warnings(demande) > 0 ? images.getImage(ISharedImages.IMG_OBJS_WARN_TSK) : null;
			}
		});
		column.getColumn().addListener(SWT.Selection, e -> {
			model.sortBy(id);
			showSort();
			refresh();
		});
	}

	/** The table's header shows the model's order. */
	private void showSort() {
		Table table = viewer.getTable();
		table.setSortColumn(model.sortColumn() == null ? null : columns.column(model.sortColumn()));
		table.setSortDirection(model.sortColumn() == null ? SWT.NONE : model.isDescending() ? SWT.DOWN : SWT.UP);
	}

	/** This couloir's last columns, sort, sash and filters; what is missing or unsound keeps its default. */
	private void restore() {
		columns.restore(settings);
		RequestRows.Column sorted = enumValue(RequestRows.Column.class, settings.get(PageSettings.SORT));
		if (sorted != null) {
			model.sort(sorted, settings.getBoolean(PageSettings.DESCENDING));
			showSort();
		}
		int[] weights = settings.getInts(PageSettings.SASH, 2);
		if (weights != null && weights[0] > 0 && weights[1] > 0) {
			sash.setWeights(weights);
		}
		String text = settings.get(PageSettings.TEXT);
		if (text != null && !text.isEmpty()) {
			search.setText(text); // its listener filters
		}
		StatutDemande wanted = enumValue(StatutDemande.class, settings.get(PageSettings.STATUS));
		if (wanted != null) {
			status.select(wanted.ordinal() + 1);
			model.filterStatus(wanted);
		}
		if (settings.getBoolean(PageSettings.ERRORS)) {
			errors.setSelection(true);
			model.filterErrors(true);
		}
	}

	private void save() {
		columns.save(settings);
		settings.put(PageSettings.SORT, model.sortColumn() == null ? "" : model.sortColumn().name());
		settings.put(PageSettings.DESCENDING, model.isDescending());
		settings.put(PageSettings.SASH, sash.getWeights());
		settings.put(PageSettings.TEXT, search.getText());
		settings.put(PageSettings.STATUS, model.statusFilter() == null ? "" : model.statusFilter().name());
		settings.put(PageSettings.ERRORS, errors.getSelection());
	}

	private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
		for (E value : type.getEnumConstants()) {
			if (value.name().equals(name)) {
				return value;
			}
		}
		return null;
	}

	/** The columns of the table: shown or hidden, their widths and order (the column chooser; tests). */
	RequestColumns columns() {
		return columns;
	}

	/**
	 * The column chooser: the columns with a check mark each, those checked shown (at least one). The same as the
	 * header's context menu, for the keyboard and the toolbar.
	 */
	public void chooseColumns() {
		if (columns == null) {
			return;
		}
		List<RequestRows.Column> ids = columns.ids();
		ListSelectionDialog dialog = ListSelectionDialog.of(ids).contentProvider(ArrayContentProvider.getInstance())
				.labelProvider(LabelProvider.createTextProvider(id -> columns.title((RequestRows.Column) id)))
				.title(Messages.columnsTitle).message(Messages.columnsMessage)
				.preselect(columns.visible().toArray())
				.create(getSite().getShell());
		if (dialog.open() != Window.OK) {
			return;
		}
		List<RequestRows.Column> chosen = new ArrayList<>();
		for (Object id : dialog.getResult()) {
			chosen.add((RequestRows.Column) id);
		}
		columns.show(chosen);
	}

	/** The names of the columns shown, in the table's order (tests). */
	public List<String> visibleColumns() {
		return columns == null ? List.of() : columns.visible().stream().map(columns::title).toList();
	}

	/** Shows or hides a column by its title, as the header's context menu does (tests). */
	public void showColumn(String title, boolean shown) {
		for (RequestRows.Column id : columns.ids()) {
			if (columns.title(id).equals(title)) {
				columns.setVisible(id, shown);
			}
		}
	}

	@Override
	protected void modelChanged() {
		refresh();
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		IContextService contexts = getSite().getService(IContextService.class);
		if (active && pageContext == null) {
			pageContext = contexts.activateContext(PAGE_CONTEXT);
		} else if (!active && pageContext != null) {
			contexts.deactivateContext(pageContext);
			pageContext = null;
		}
	}

	/** Puts the focus in the first field of the request's form; false when no form is shown. */
	public boolean focusForm() {
		return keys.focusForm();
	}

	/**
	 * The next (+1) or previous (−1) request of the table, alone selected, its form shown; the focus stays where it was
	 * (in the form: in the same field of the next request's form). False at either end.
	 */
	public boolean move(int step) {
		if (viewer == null) {
			return false;
		}
		List<Demande> rows = viewer.rows();
		List<Demande> selected = selected();
		int at = selected.isEmpty() ? (step > 0 ? -1 : rows.size()) : rows.indexOf(step > 0 ? selected.get(selected.size() - 1) : selected.get(0));
		int next = at + step;
		if (next < 0 || next >= rows.size()) {
			return false;
		}
		Control focused = viewer.getTable().getDisplay().getFocusControl();
		boolean inForm = keys.isInForm(focused);
		commit();
		FormHandle before = form;
		viewer.setSelection(new StructuredSelection(rows.get(next)), true);
		if (inForm && (form != before || focused.isDisposed() || !focused.isVisible())) {
			keys.focusForm(); // another kind of request: another form, its first field
		}
		return true;
	}

	/**
	 * The rows again (filters, sorting, the model's requests), the selected requests kept selected where they still
	 * are; the form and the title follow the selection.
	 */
	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Demande> all = context.session().dossier() == null ? List.of() : context.session().dossier().getDemandes();
		viewer.setRows(model.rows(all));
		columns.fit(); // a vertical scroll bar may have come with the rows
		countLabel.setText(NLS.bind(Messages.requestsCount, viewer.rows().size(), all.size()));
		tablePane.layout(new Control[] { countLabel }); // a longer count may wrap to a row of its own
		showRequests(selected()); // a request's number or beneficiary may have changed: the title says it again
	}

	/** The filter fields emptied: they show what the table filters. */
	private void clearFilterWidgets() {
		search.setText("");
		status.select(0);
		errors.setSelection(false);
	}


	/** The last validation's issues: counts in the table, decorations on the form. */
	@Override
	protected void issuesChanged(List<Issue> placed) {
		issues = placed;
		model.setIssues(placed);
		if (viewer != null && !viewer.getControl().isDisposed()) {
			if (model.isFiltered()) {
				refresh();
			} else {
				viewer.refresh();
			}
		}
		if (form != null) {
			form.showIssues(issuesOf((Demande) form.input()));
		}
	}

	private List<Issue> issuesOf(Demande demande) {
		if (demande == null) {
			return List.of();
		}
		List<Issue> own = new ArrayList<>();
		for (Issue issue : issues) {
			if (RequestRows.requestOf(issue.target()) == demande) {
				own.add(issue);
			}
		}
		return own;
	}

	/** The form of the one request selected, titled with its number and beneficiary; none for none or several. */
	private void showRequests(List<Demande> selected) {
		if (formHost == null || formHost.isDisposed()) {
			return;
		}
		formTitle.setText(title(selected));
		showRequest(selected.size() == 1 ? selected.get(0) : null);
	}

	private static String title(List<Demande> selected) {
		if (selected.isEmpty()) {
			return Messages.requestsTitleNone;
		}
		if (selected.size() > 1) {
			return NLS.bind(Messages.requestsTitleSeveral, selected.size());
		}
		Demande demande = selected.get(0);
		String name = RequestLabels.beneficiary(demande);
		return NLS.bind(name.isEmpty() ? Messages.requestsTitleOne : Messages.requestsTitleOneNamed,
				new Object[] { demande.getNumeroEditeur(), name, demande.getStatut().getLiteral() });
	}

	/** The form of this request (null: none), made for its class the first time, else rebound. */
	private void showRequest(Demande demande) {
		if (demande == null) {
			if (form != null && form.input() != null) {
				form.setInput(null);
			}
			if (stack.topControl != placeholder) {
				stack.topControl = placeholder;
				formHost.layout();
			}
			return;
		}
		if (form == null || form.input() != demande || stack.topControl != form.control()) {
			if (form == null || form.view().getRootEClass() != demande.eClass()) {
				if (form != null) {
					form.dispose();
				}
				form = render(demande);
			} else if (form.input() != demande) {
				form.setInput(demande);
			}
			if (stack.topControl != form.control()) {
				stack.topControl = form.control();
				formHost.layout();
			}
			form.showIssues(issuesOf(demande));
		}
		form.control().setEnabled(context.session().readOnlyReason() == null);
	}

	private FormHandle render(Demande demande) {
		FormContext formContext = new FormContext(Services.get(CouloirRegistry.class), context.session().couloir());
		return Services.get(FormRenderer.class).render(formHost, Services.get(ViewRegistry.class).view(demande.eClass(), formContext), demande,
				context.session().domain(), FormOptions.defaults().context(formContext).toolkit(toolkit));
	}

	/** The form being shown, or null (tests). */
	public FormHandle form() {
		return form;
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** The sash between the table and the form (tests). */
	public SashForm sash() {
		return sash;
	}

	/** The form's title: which request it shows (tests). */
	public String formTitle() {
		return formTitle == null ? null : formTitle.getText();
	}

	/** The requests selected in the table, in its order. */
	public List<Demande> selected() {
		return viewer == null ? List.of() : viewer.selected();
	}

	/** Selects requests in the table (filters cleared when one is hidden), the first one shown, and its form. */
	public void select(List<Demande> demandes) {
		if (viewer == null) {
			return;
		}
		if (!viewer.rows().containsAll(demandes)) {
			model.clearFilters();
			clearFilterWidgets();
			refresh();
		}
		viewer.setSelection(new StructuredSelection(demandes), true);
	}

	/** Selects the request and focuses the editor of the value (the place of a problem); false when the form has none. */
	public boolean reveal(Demande demande, AspPaths.Place place) {
		select(List.of(demande));
		if (form == null || place == null || place.object() == null) {
			return false;
		}
		return form.reveal(place.object(), place.feature(), place.index());
	}

	@Override
	public boolean commit() {
		if (form != null) {
			form.commit();
		}
		return true;
	}

	@Override
	public void setFocus() {
		if (viewer != null) {
			viewer.getControl().setFocus();
		}
	}

	@Override
	public void dispose() {
		if (form != null) {
			form.dispose();
		}
		super.dispose();
	}

	/**
	 * The page never scrolls as a whole: the table and the form each scroll on their own, so the table keeps its
	 * rows, its columns and its scroll bars in sight whatever the form's height. The page's scrolled form takes
	 * the body at its preferred size: asking for none gives the sash exactly the visible area.
	 */
	private static final class PaneLayout extends Layout {
		private final Control pane;

		PaneLayout(Control pane) {
			this.pane = pane;
		}

		@Override
		protected Point computeSize(Composite composite, int wHint, int hHint, boolean flushCache) {
			return new Point(wHint == SWT.DEFAULT ? 1 : wHint, hHint == SWT.DEFAULT ? 1 : hHint);
		}

		@Override
		protected void layout(Composite composite, boolean flushCache) {
			pane.setBounds(composite.getClientArea());
		}
	}
}
