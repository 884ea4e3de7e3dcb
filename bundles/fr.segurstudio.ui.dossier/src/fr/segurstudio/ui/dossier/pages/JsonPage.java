package fr.segurstudio.ui.dossier.pages;

import java.nio.charset.StandardCharsets;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.lifecycle.DepositRecords;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.Messages;

/**
 * JSON: what the next deposit of the dossier would hold — its drafts, as the export takes them (a request
 * deposited, accepted or rejected does not go again), in the exporter's own bytes (new requests as the seeds ask:
 * numeroASP and traitement null) — read-only; written again when the page is shown after a change. With no draft,
 * it says there is nothing to deposit.
 */
public final class JsonPage extends DossierFormPage {

	public static final String ID = "fr.segurstudio.ui.dossier.json";

	private StyledText text;
	private boolean stale = true;

	public JsonPage(DossierContext context) {
		super(context, ID, Messages.pageJson);
	}

	@Override
	protected String heading() {
		return Messages.pageJsonTitle;
	}

	@Override
	protected void createContent(Composite body) {
		body.setLayout(new FillLayout());
		text = new StyledText(body, SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		text.setData(WidgetKeys.KEY, "json");
		text.setFont(JFaceResources.getTextFont());
		text.setEditable(false);
		// the body must not grow with a long text: the StyledText scrolls itself
		scrolledForm.setExpandVertical(true);
		scrolledForm.setExpandHorizontal(true);
		show();
	}

	/** The model changed: the text is written again, now if shown, else when the page is next shown. */
	@Override
	protected void modelChanged() {
		stale = true;
		if (isActive()) {
			show();
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			show();
		}
	}

	private void show() {
		if (text == null || text.isDisposed()) {
			return;
		}
		Dossier dossier = context.session().dossier();
		String json;
		String heading;
		if (dossier == null) {
			json = "";
			heading = Messages.pageJsonTitle;
		} else {
			Dossier next = EcoreUtil.copy(dossier);
			DepositRecords.Skipped skipped = DepositRecords.keepDrafts(next);
			if (next.getDemandes().isEmpty()) {
				json = NLS.bind(Messages.jsonNothingToDeposit, skipped.count());
				heading = Messages.jsonNothingTitle;
			} else {
				json = json(next);
				heading = NLS.bind(Messages.jsonNextDeposit, next.getDemandes().size(), skipped.count());
			}
		}
		scrolledForm.setText(heading);
		int top = text.getTopIndex();
		text.setText(json);
		text.setTopIndex(top);
		stale = false;
	}

	private static String json(Dossier next) {
		try {
			return new String(new AspJsonWriter().toBytes(next, AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		} catch (RuntimeException e) {
			return Messages.jsonUnwritable + " " + e.getMessage();
		}
	}

	/** The text shown (tests). */
	public String text() {
		return text == null ? null : text.getText();
	}

	/** The page's heading (tests). */
	public String headingText() {
		return scrolledForm == null ? null : scrolledForm.getText();
	}
}
