package fr.segurstudio.ui.preferences;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import fr.segurstudio.forms.swt.WidgetKeys;
import fr.segurstudio.ui.Messages;

/** The profiles of one ANS number: its number (10 characters) and its profiles separated by semicolons. */
final class ProfileDialog extends TitleAreaDialog {

	static final String KEY_ANS = "preferences.profil.ans";
	static final String KEY_PROFILES = "preferences.profil.profils";

	private final Set<String> taken;
	private String ans;
	private List<String> profiles;
	private Text ansText;
	private Text profilesText;

	ProfileDialog(Shell parent, String ans, List<String> profiles, Set<String> taken) {
		super(parent);
		this.ans = ans == null ? "" : ans;
		this.profiles = profiles == null ? List.of() : profiles;
		this.taken = taken;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.profileDialogTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.profileDialogTitle);
		setMessage(Messages.profileDialogProfilesHint);
		Composite body = new Composite(area, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
		GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.profileDialogAns);
		ansText = new Text(body, SWT.BORDER);
		ansText.setData(WidgetKeys.KEY, KEY_ANS);
		ansText.setText(ans);
		ansText.setEditable(!taken.contains(ans) || ans.isEmpty());
		GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(ansText);
		new Label(body, SWT.NONE).setText(Messages.profileDialogProfiles);
		profilesText = new Text(body, SWT.BORDER);
		profilesText.setData(WidgetKeys.KEY, KEY_PROFILES);
		profilesText.setText(String.join(" ; ", profiles));
		GridDataFactory.fillDefaults().grab(true, false).applyTo(profilesText);
		ansText.addModifyListener(e -> check());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		check();
	}

	private void check() {
		String value = ansText.getText().trim();
		String error = value.length() != 10 ? Messages.profileDialogBadAns
				: ansText.getEditable() && taken.contains(value) ? NLS.bind(Messages.profileDialogDuplicate, value) : null;
		setErrorMessage(value.isEmpty() ? null : error);
		if (getButton(IDialogConstants.OK_ID) != null) {
			getButton(IDialogConstants.OK_ID).setEnabled(error == null);
		}
	}

	@Override
	protected void okPressed() {
		ans = ansText.getText().trim();
		profiles = Arrays.stream(profilesText.getText().split(";")).map(String::trim).filter(p -> !p.isEmpty()).toList();
		super.okPressed();
	}

	String ans() {
		return ans;
	}

	List<String> profiles() {
		return profiles;
	}
}
