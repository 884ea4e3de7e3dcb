package fr.segurstudio.ui.dossier.pages;

import java.nio.charset.StandardCharsets;

import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import fr.segurstudio.json.AspJsonWriter;
import fr.segurstudio.model.core.Dossier;
import fr.segurstudio.ui.dossier.DossierEditor;
import fr.segurstudio.ui.dossier.Messages;

/**
 * JSON: what a deposit of the dossier would contain (the exporter's own bytes, new requests as the seeds
 * ask: numeroASP and traitement null), read-only; written again when the page is shown after a change.
 */
public final class JsonPage extends FormPage {

	public static final String ID = "fr.segurstudio.ui.dossier.json";

	private final DossierEditor editor;
	private StyledText text;
	private boolean stale = true;

	public JsonPage(DossierEditor editor) {
		super(editor, ID, Messages.pageJson);
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.pageJsonTitle);
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		form.getBody().setLayout(new FillLayout());
		text = new StyledText(form.getBody(), SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL | SWT.READ_ONLY | SWT.BORDER);
		text.setData(RequestsPage.KEY, "json");
		text.setFont(JFaceResources.getTextFont());
		text.setEditable(false);
		// the body must not grow with a long text: the StyledText scrolls itself
		form.setExpandVertical(true);
		form.setExpandHorizontal(true);
		show();
	}

	/** The model changed: the text is written again, now if shown, else when the page is next shown. */
	public void modelChanged() {
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
		Dossier dossier = editor.session().dossier();
		String json;
		try {
			json = dossier == null ? "" : new String(new AspJsonWriter().toBytes(dossier, AspJsonWriter.DEPOSIT), StandardCharsets.UTF_8);
		} catch (RuntimeException e) {
			json = Messages.jsonUnwritable + " " + e.getMessage();
		}
		int top = text.getTopIndex();
		text.setText(json);
		text.setTopIndex(top);
		stale = false;
	}

	/** The text shown (tests). */
	public String text() {
		return text == null ? null : text.getText();
	}
}
