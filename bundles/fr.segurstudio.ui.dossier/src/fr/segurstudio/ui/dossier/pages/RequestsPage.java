package fr.segurstudio.ui.dossier.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.action.ContributionManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StackLayout;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
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

	private final RequestRows model = new RequestRows();
	private List<Demande> rows = List.of();
	private List<Issue> issues = List.of();
	private TableViewer viewer;
	private Composite formHost;
	private FormHandle form;
	private Label placeholder;
	/** The form, or the placeholder when no request (or several) is selected. */
	private final StackLayout stack = new StackLayout();
	private Label countLabel;

	public RequestsPage(DossierContext context) {
		super(context, ID, Messages.pageRequests);
	}

	@Override
	protected void createContent(Composite body) {
		PlatformUI.getWorkbench().getService(IMenuService.class).populateContributionManager((ContributionManager) scrolledForm.getToolBarManager(),
				TOOLBAR);
		scrolledForm.updateToolBar();
		body.setLayout(new FillLayout());
		SashForm sash = new SashForm(body, SWT.HORIZONTAL);
		toolkit.adapt(sash);
		createTable(sash);
		formHost = toolkit.createComposite(sash);
		formHost.setLayout(stack);
		placeholder = toolkit.createLabel(formHost, Messages.requestsNoSelection, SWT.WRAP);
		stack.topControl = placeholder;
		sash.setWeights(38, 62);
		issues = context.issues();
		model.setIssues(issues);
		refresh();
		if (!rows.isEmpty()) {
			select(List.of(rows.get(0)));
		}
	}

	private void createTable(Composite parent) {
		Composite left = toolkit.createComposite(parent);
		GridLayoutFactory.fillDefaults().numColumns(3).margins(2, 2).applyTo(left);
		Text search = toolkit.createText(left, "", SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
		search.setMessage(Messages.requestsFilterText);
		search.setData(WidgetKeys.KEY, "filtre.texte");
		GridDataFactory.fillDefaults().grab(true, false).span(3, 1).applyTo(search);
		search.addModifyListener(e -> {
			model.filterText(search.getText());
			refresh();
		});
		Combo status = new Combo(left, SWT.READ_ONLY);
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
		Button errors = toolkit.createButton(left, Messages.requestsWithErrors, SWT.CHECK);
		errors.setData(WidgetKeys.KEY, "filtre.erreurs");
		errors.addListener(SWT.Selection, e -> {
			model.filterErrors(errors.getSelection());
			refresh();
		});
		countLabel = toolkit.createLabel(left, "");
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.END, SWT.CENTER).applyTo(countLabel);

		viewer = new TableViewer(left, SWT.VIRTUAL | SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		viewer.setUseHashlookup(true);
		Table table = viewer.getTable();
		table.setData(WidgetKeys.KEY, "demandes");
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(420, 300).applyTo(table);
		column(RequestRows.Column.NUMERO, Messages.columnNumero, 90, Demande::getNumeroEditeur);
		column(RequestRows.Column.BENEFICIAIRE, Messages.columnBeneficiaire, 200, RequestLabels::beneficiary);
		column(RequestRows.Column.MONTANT, Messages.columnMontant, 110, d -> RequestLabels.euros(RequestLabels.amount(d)));
		column(RequestRows.Column.STATUT, Messages.columnStatut, 100, d -> d.getStatut().getLiteral());
		column(RequestRows.Column.PROBLEMES, Messages.columnProblemes, 90, this::problems);
		viewer.setContentProvider(new ILazyContentProvider() {
			@Override
			public void updateElement(int index) {
				if (index < rows.size()) {
					viewer.replace(rows.get(index), index);
				}
			}

			@Override
			public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			}
		});
		viewer.setInput(this);
		viewer.addSelectionChangedListener(e -> {
			List<Demande> selected = selected();
			showRequest(selected.size() == 1 ? selected.get(0) : null);
			publish(e, false);
		});
		viewer.addPostSelectionChangedListener(e -> publish(e, true));
		table.addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL && e.stateMask == 0 && !selected().isEmpty()) {
				context.execute(context.session().commands().delete(selected()));
			}
		});
		MenuManager menu = new MenuManager(null, POPUP);
		table.setMenu(menu.createContextMenu(table));
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
		column.getColumn().setWidth(width);
		column.getColumn().setMoveable(true);
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
			Table table = viewer.getTable();
			table.setSortColumn(column.getColumn());
			table.setSortDirection(model.isDescending() ? SWT.DOWN : SWT.UP);
			refresh();
		});
	}

	@Override
	protected void modelChanged() {
		refresh();
	}

	/** The rows again (filters, sorting, the model's requests), keeping the selection. */
	private void refresh() {
		if (viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		List<Demande> selected = selected();
		List<Demande> all = context.session().dossier() == null ? List.of() : context.session().dossier().getDemandes();
		rows = model.rows(all);
		viewer.getTable().setRedraw(false);
		try {
			viewer.setItemCount(rows.size());
			viewer.refresh();
			List<Demande> kept = selected.stream().filter(rows::contains).toList();
			if (!kept.equals(selected)) {
				viewer.setSelection(new StructuredSelection(kept));
			}
		} finally {
			viewer.getTable().setRedraw(true);
		}
		countLabel.setText(NLS.bind(Messages.requestsCount, rows.size(), all.size()));
		countLabel.getParent().layout(new Control[] { countLabel });
		if (form != null && form.input() instanceof Demande shown && !all.contains(shown)) {
			showRequest(null); // deleted (or undone)
		}
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

	/** The form of this request (null: none), made for its class the first time, else rebound. */
	private void showRequest(Demande demande) {
		if (formHost == null || formHost.isDisposed()) {
			return;
		}
		if (demande == null) {
			if (form != null) {
				form.setInput(null);
			}
			stack.topControl = placeholder;
			formHost.layout();
			return;
		}
		if (form == null || form.view().getRootEClass() != demande.eClass()) {
			if (form != null) {
				form.dispose();
			}
			form = render(demande);
		} else {
			form.setInput(demande);
		}
		if (stack.topControl != form.control()) {
			stack.topControl = form.control();
			formHost.layout();
		}
		form.showIssues(issuesOf(demande));
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

	/** The requests selected in the table. */
	public List<Demande> selected() {
		if (viewer == null || !(viewer.getSelection() instanceof IStructuredSelection selection)) {
			return List.of();
		}
		List<Demande> selected = new ArrayList<>();
		for (Object o : selection.toList()) {
			if (o instanceof Demande demande) {
				selected.add(demande);
			}
		}
		return selected;
	}

	/** Selects requests in the table (filters cleared when one is hidden) and shows the first one's form. */
	public void select(List<Demande> demandes) {
		if (viewer == null) {
			return;
		}
		if (!rows.containsAll(demandes)) {
			model.clearFilters();
			refresh();
		}
		viewer.setSelection(new StructuredSelection(demandes), true);
		if (!demandes.isEmpty()) {
			int index = rows.indexOf(demandes.get(0));
			if (index >= 0) {
				viewer.getTable().showItem(viewer.getTable().getItem(index));
			}
		}
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
}
