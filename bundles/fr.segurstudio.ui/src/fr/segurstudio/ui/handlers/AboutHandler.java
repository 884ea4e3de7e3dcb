package fr.segurstudio.ui.handlers;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.handlers.HandlerUtil;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.ui.Messages;
import fr.segurstudio.ui.Services;

/** Shows what the product is, its version and which couloir plug-ins are installed (the registry is an OSGi service). */
public final class AboutHandler extends AbstractHandler {

	/** The qualifier Tycho gives a build: its date and time. */
	private static final DateTimeFormatter QUALIFIER = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
	private static final DateTimeFormatter BUILT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	@Override
	public Object execute(ExecutionEvent event) {
		CouloirRegistry couloirs = Services.get(CouloirRegistry.class);
		String list = couloirs == null ? "" : couloirs.couloirs().stream().map(c -> "  " + c.id() + " – " + c.label()).collect(Collectors.joining("\n"));
		MessageDialog.openInformation(HandlerUtil.getActiveShell(event), Messages.aboutTitle,
				NLS.bind(Messages.aboutText, version(), list.isEmpty() ? Messages.aboutNoCouloir : list));
		return null;
	}

	/** "1.0.0 du 07/12/2026 13:23" from the product's bundle version (its qualifier is the build's time). */
	static String version() {
		IProduct product = Platform.getProduct();
		Version version = product != null ? product.getDefiningBundle().getVersion() : FrameworkUtil.getBundle(AboutHandler.class).getVersion();
		String release = version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
		try {
			return NLS.bind(Messages.aboutVersionBuilt, release, BUILT.format(LocalDateTime.parse(version.getQualifier(), QUALIFIER)));
		} catch (DateTimeParseException e) {
			return version.getQualifier().isEmpty() ? release : release + "." + version.getQualifier(); // a build from the IDE
		}
	}
}
