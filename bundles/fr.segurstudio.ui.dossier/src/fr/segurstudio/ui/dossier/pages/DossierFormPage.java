package fr.segurstudio.ui.dossier.pages;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import fr.segurstudio.model.issue.Issue;
import fr.segurstudio.ui.dossier.Messages;

/**
 * A form page of the dossier editor: its heading (a title, the messages the editor tells, why the dossier is
 * read-only), and the dossier followed by the page itself once it is made — the model's changes through the
 * session, each validation's issues through its context.
 */
abstract class DossierFormPage extends FormPage implements DossierPage {

	protected final DossierContext context;
	protected FormToolkit toolkit;
	protected ScrolledForm scrolledForm;
	private SessionWatch watch;
	private final Consumer<List<Issue>> onIssues = this::issuesChanged;

	DossierFormPage(DossierContext context, String id, String title) {
		super(context.editor(), id, title);
		this.context = context;
	}

	@Override
	protected final void createFormContent(IManagedForm managedForm) {
		toolkit = managedForm.getToolkit();
		scrolledForm = managedForm.getForm();
		scrolledForm.setText(heading());
		toolkit.decorateFormHeading(scrolledForm.getForm());
		createContent(scrolledForm.getBody());
		watch = new SessionWatch(context.session(), scrolledForm.getDisplay(), this::modelChanged);
		context.addIssuesListener(onIssues);
		String reason = context.session().readOnlyReason();
		if (reason != null) {
			tell(NLS.bind(Messages.readOnly, reason), IMessageProvider.WARNING);
		}
	}

	/** The page's title in its heading. */
	protected String heading() {
		return getTitle();
	}

	/** The page's widgets, in the form's body. */
	protected abstract void createContent(Composite body);

	/** After each change of the model (a command, its undo, the file read again), on the UI thread. */
	protected abstract void modelChanged();

	/** After each validation, with its issues. */
	protected void issuesChanged(List<Issue> issues) {
	}

	/** Whether the page's widgets are there (it was shown once) and not disposed. */
	protected boolean isMade() {
		return scrolledForm != null && !scrolledForm.isDisposed();
	}

	@Override
	public void tell(String message, int type) {
		if (isMade()) {
			scrolledForm.setMessage(message, type);
		}
	}

	@Override
	public void dispose() {
		if (watch != null) {
			watch.close();
		}
		context.removeIssuesListener(onIssues);
		super.dispose();
	}
}
