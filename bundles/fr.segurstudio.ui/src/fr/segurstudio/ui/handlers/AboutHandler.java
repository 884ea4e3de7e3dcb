package fr.segurstudio.ui.handlers;

import java.util.stream.Collectors;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Messages;
import jakarta.inject.Named;

/** Shows what the product is and which couloir plug-ins are installed (the registry is an OSGi service). */
public class AboutHandler {

	@Execute
	public void execute(@Optional @Named(IServiceConstants.ACTIVE_SHELL) Shell shell, CouloirRegistry couloirs) {
		String list = couloirs.couloirs().stream().map(c -> "  " + c.id() + " – " + c.label())
				.collect(Collectors.joining("\n"));
		MessageDialog.openInformation(shell, Messages.aboutTitle,
				NLS.bind(Messages.aboutText, list.isEmpty() ? Messages.aboutNoCouloir : list));
	}
}
