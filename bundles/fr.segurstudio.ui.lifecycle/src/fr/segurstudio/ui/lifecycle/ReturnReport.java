package fr.segurstudio.ui.lifecycle;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import fr.segurstudio.lifecycle.PortalReturns;
import fr.segurstudio.model.core.StatutDemande;

/**
 * What a returned file did, in a dialog that fits the screen whatever the number of requests: a summary line, then a
 * scrollable list — the rejected requests first (each costs a resubmission), the lines without a request in this
 * dossier and what could not be applied, then the accepted ones.
 */
final class ReturnReport extends MessageDialog {

	/** The rows the list shows before it scrolls. */
	private static final int VISIBLE_ROWS = 15;

	private final List<String> lines;

	private ReturnReport(Shell shell, String summary, List<String> lines, int kind) {
		super(shell, Messages.returnTitle, null, summary, kind, 0, IDialogConstants.OK_LABEL);
		this.lines = lines;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	static void open(Shell shell, PortalReturns.Application application) {
		List<String> rejected = new ArrayList<>();
		List<String> unmatched = new ArrayList<>();
		List<String> accepted = new ArrayList<>();
		for (PortalReturns.Line line : application.lines()) {
			if (!line.matched()) {
				unmatched.add(NLS.bind(Messages.returnUnmatched, line.numeroEditeur(), line.statut().getLiteral()));
			} else if (line.statut() == StatutDemande.ACCEPTEE) {
				accepted.add(line.numeroEditeur() + " ACCEPTEE " + (line.numeroASP() == null ? "" : line.numeroASP()));
			} else {
				rejected.add(line.numeroEditeur() + " REJETEE " + line.codeTraitement() + " " + line.libelleTraitement());
			}
		}
		List<String> lines = new ArrayList<>(rejected);
		lines.addAll(unmatched);
		application.problems().forEach(problem -> lines.add(problem.issue().message())); // what cannot be applied as it is
		lines.addAll(accepted);
		String summary = NLS.bind(Messages.returnSummary, new Object[] { accepted.size(), rejected.size(), unmatched.size() });
		boolean warn = !unmatched.isEmpty() || !application.problems().isEmpty();
		new ReturnReport(shell, summary, lines, warn ? WARNING : INFORMATION).open();
	}

	@Override
	protected Control createCustomArea(Composite parent) {
		Table table = new Table(parent, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.FULL_SELECTION);
		for (String line : lines) {
			new TableItem(table, SWT.NONE).setText(line);
		}
		int rows = Math.max(3, Math.min(lines.size(), VISIBLE_ROWS));
		GridDataFactory.fillDefaults().grab(true, true).hint(560, rows * table.getItemHeight()).applyTo(table);
		return table;
	}
}
