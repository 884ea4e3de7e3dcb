package fr.segurstudio.ui.dossier.pages;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.Section;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.lifecycle.Totaux;
import fr.segurstudio.model.asp.AspValues;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.model.core.SegurPackage;
import fr.segurstudio.model.core.StatutDemande;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.dossier.Messages;
import fr.segurstudio.ui.dossier.internal.DepositHistory;
import fr.segurstudio.ui.dossier.internal.RequestLabels;

/**
 * Vue d'ensemble: the dossier's header (couloir, software, numeroAns and SIRET, editable), its requests by
 * status with a bar chart, the total HT and the 30 % advance, its problems, and the files its requests were
 * deposited in, as the dossier records them (a deposit's record is written into the file at once).
 */
public final class OverviewPage extends DossierFormPage {

	public static final String ID = "fr.segurstudio.ui.dossier.overview";

	/** A figure's width before the section gives it its own (it wraps there). */
	private static final int VALUE_WIDTH = 120;
	private static final char NBSP = '\u00a0';

	private Label couloir;
	private Label logiciel;
	private Text numeroAns;
	private Text siret;
	private Label requests;
	private Label total;
	private Label advance;
	private Label problems;
	private Label deposits;
	private Canvas chart;
	private final Map<StatutDemande, Integer> byStatus = new EnumMap<>(StatutDemande.class);
	/** The model changed while the page was hidden. */
	private boolean stale;

	public OverviewPage(DossierContext context) {
		super(context, ID, Messages.pageOverview);
	}

	@Override
	protected String heading() {
		return context.session().file().getFileName().toString();
	}

	@Override
	protected void createContent(Composite body) {
		GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).margins(8, 8).spacing(16, 12).applyTo(scrolledForm.getBody());
		// two columns that stack their sections, rather than a grid whose second row starts below the taller of the
		// first row's: the header and the deposits on the left are about as tall as the figures and the chart on the
		// right, so that the page fits 1280×800 without a scroll bar (GTK's overlay bars hide until the pointer moves:
		// a section cut at the bottom looked like the end of the page)
		Composite left = column();
		Composite right = column();

		Composite header = section(left, Messages.overviewHeader, Messages.overviewHeaderDescription);
		couloir = field(header, Messages.overviewCouloir);
		logiciel = field(header, Messages.overviewLogiciel);
		numeroAns = editable(header, Messages.overviewNumeroAns, SegurPackage.Literals.DOSSIER__NUMERO_ANS, "numeroAns");
		siret = editable(header, Messages.overviewSiret, SegurPackage.Literals.DOSSIER__SIRET, "SIRET");

		Composite figures = section(right, Messages.overviewFigures, null);
		requests = field(figures, Messages.overviewRequests);
		requests.setData(WidgetKeys.KEY, "vue.demandes");
		total = field(figures, Messages.overviewTotal);
		advance = field(figures, Messages.overviewAdvance);
		problems = field(figures, Messages.overviewProblems);
		chart = new Canvas(figures, SWT.DOUBLE_BUFFERED);
		toolkit.adapt(chart);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(SWT.DEFAULT, 110).applyTo(chart);
		chart.addPaintListener(e -> paintChart(e.gc));

		Composite history = section(left, Messages.overviewDeposits, Messages.overviewDepositsDescription);
		deposits = toolkit.createLabel(history, "", SWT.WRAP);
		deposits.setData(WidgetKeys.KEY, "vue.depots");
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, SWT.DEFAULT).applyTo(deposits);
		fill();
	}

	private Composite column() {
		Composite column = toolkit.createComposite(scrolledForm.getBody());
		GridLayoutFactory.fillDefaults().spacing(0, 12).applyTo(column);
		// a small width hint: the columns share the editor's width instead of asking for their labels' length
		GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.BEGINNING).hint(200, SWT.DEFAULT).applyTo(column);
		return column;
	}

	private Composite section(Composite column, String title, String description) {
		int style = Section.TITLE_BAR | (description != null ? Section.DESCRIPTION : 0);
		Section section = toolkit.createSection(column, style);
		section.setText(title);
		if (description != null) {
			section.setDescription(description);
		}
		Composite client = toolkit.createComposite(section);
		GridLayoutFactory.fillDefaults().numColumns(2).margins(4, 4).spacing(12, 6).applyTo(client);
		section.setClient(client);
		// a small width hint: the sections share the editor's width instead of asking for their labels' length
		GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(section);
		return client;
	}

	private Label field(Composite parent, String label) {
		toolkit.createLabel(parent, label);
		// a figure wraps in the width the section has rather than being cut (a small hint: the section decides)
		Label value = toolkit.createLabel(parent, "", SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).hint(VALUE_WIDTH, SWT.DEFAULT).applyTo(value);
		return value;
	}

	/** A header value typed in place: committed (one command) on Enter or when the field is left. */
	private Text editable(Composite parent, String label, EStructuralFeature feature, String key) {
		toolkit.createLabel(parent, label);
		Text text = toolkit.createText(parent, "", SWT.SINGLE);
		text.setData(WidgetKeys.KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		text.setData("feature", feature);
		text.addListener(SWT.DefaultSelection, e -> commit(text));
		text.addListener(SWT.FocusOut, e -> commit(text));
		return text;
	}

	private void commit(Text text) {
		Dossier dossier = context.session().dossier();
		if (dossier == null || text.isDisposed()) {
			return;
		}
		EStructuralFeature feature = (EStructuralFeature) text.getData("feature");
		String value = text.getText().isEmpty() ? null : text.getText();
		if (!Objects.equals(value, dossier.eGet(feature))) {
			context.execute(context.session().commands().set(dossier, feature, value));
		}
	}

	/** Commits the header fields being typed. */
	@Override
	public boolean commit() {
		if (numeroAns != null) {
			commit(numeroAns);
			commit(siret);
		}
		return true;
	}

	@Override
	protected void modelChanged() {
		refresh();
	}

	@Override
	protected void issuesChanged(List<Issue> issues) {
		refresh();
	}

	/** Everything again from the model and the last validation; when the page is hidden, once it is shown. */
	private void refresh() {
		if (!isMade()) {
			return;
		}
		if (!isActive()) {
			stale = true;
		} else {
			fill();
		}
	}

	private void fill() {
		stale = false;
		Dossier dossier = context.session().dossier();
		if (dossier == null) {
			requests.setText(Messages.overviewNoDossier);
			return;
		}
		Couloir declared = context.session().couloir();
		couloir.setText(declared == null ? String.valueOf(dossier.getCouloir()) : declared.id() + " – " + declared.label());
		logiciel.setText(Objects.toString(dossier.getTypeLogiciel(), ""));
		show(numeroAns, dossier.getNumeroAns());
		show(siret, dossier.getSIRET());
		// the figures of segur etat: by status, the sum HT and the advance the ASP pays on it (seed §1.1)
		Totaux totaux = Totaux.of(dossier.getDemandes());
		byStatus.clear();
		totaux.parStatut().forEach((status, somme) -> byStatus.put(status, somme.demandes()));
		StringBuilder counts = new StringBuilder(NLS.bind(Messages.overviewRequestsValue, totaux.total().demandes()));
		for (StatutDemande status : StatutDemande.values()) {
			// a status stays on one line with its count: the line breaks between statuses
			counts.append(NBSP + "· ").append(status.getLiteral()).append(NBSP).append(byStatus.getOrDefault(status, 0));
		}
		requests.setText(counts.toString());
		total.setText(RequestLabels.euros(totaux.total().montantSegurHT()));
		advance.setText(RequestLabels.euros(totaux.total().montantAvance()));
		List<Issue> issues = context.issues();
		long errors = issues.stream().filter(Issue::isError).count();
		problems.setText(NLS.bind(Messages.overviewProblemsValue, errors, issues.size() - errors));
		deposits.setText(history(dossier));
		chart.redraw();
		scrolledForm.reflow(true);
	}

	private static void show(Text text, String value) {
		String shown = value == null ? "" : value;
		if (!text.isFocusControl() && !text.getText().equals(shown)) {
			text.setText(shown);
		}
	}

	/** The files this dossier's requests were deposited in, as its requests record them. */
	private static String history(Dossier dossier) {
		StringBuilder text = new StringBuilder();
		for (DepositHistory.File file : DepositHistory.of(dossier)) {
			StringBuilder statuses = new StringBuilder();
			file.byStatus().forEach((status, count) -> statuses.append(statuses.isEmpty() ? "" : ", ").append(count).append(' ').append(status.getLiteral()));
			text.append(NLS.bind(Messages.overviewDepositLine, new Object[] { file.name(), file.date() == null ? "?" : AspValues.formatDate(file.date()),
					file.requests(), statuses })).append('\n');
		}
		return text.isEmpty() ? Messages.overviewNoDeposit : text.toString().strip();
	}

	private void paintChart(GC gc) {
		Rectangle area = chart.getClientArea();
		int max = byStatus.values().stream().mapToInt(Integer::intValue).max().orElse(0);
		StatutDemande[] statuses = StatutDemande.values();
		int rowHeight = Math.max(14, (area.height - 4) / statuses.length);
		int labelWidth = 110;
		RGB[] colours = { new RGB(150, 150, 150), new RGB(60, 120, 200), new RGB(40, 160, 80), new RGB(200, 60, 50) };
		for (int i = 0; i < statuses.length; i++) {
			int y = 2 + i * rowHeight;
			int count = byStatus.getOrDefault(statuses[i], 0);
			gc.setForeground(chart.getDisplay().getSystemColor(SWT.COLOR_WIDGET_FOREGROUND));
			gc.drawText(statuses[i].getLiteral(), 0, y, true);
			int width = max == 0 ? 0 : (int) ((long) (area.width - labelWidth - 50) * count / max);
			Color colour = new Color(colours[i % colours.length]);
			gc.setBackground(colour);
			gc.fillRectangle(labelWidth, y + 2, Math.max(width, count > 0 ? 2 : 0), rowHeight - 5);
			gc.drawText(Integer.toString(count), labelWidth + width + 6, y, true);
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			refresh();
		}
	}
}
