package fr.segurstudio.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import fr.segurstudio.forms.ViewRegistry;
import fr.segurstudio.model.couloir.Couloir;
import fr.segurstudio.model.couloir.CouloirRegistry;
import fr.segurstudio.model.couloir.ProfilReferencement;
import fr.segurstudio.model.couloir.TypePiece;

/**
 * {@code segur couloirs}: what the installed couloirs declare, plug-ins and couloir folders alike. Each couloir's lines
 * are today's (its id line, its {@code pièce} and {@code profil} lines) followed by one {@code origine} line, tab
 * separated like the others: {@code plug-in}, {@code dossier} or {@code archive}, then the plug-in's name or the path.
 */
final class CouloirsCommand extends NamedCommand {

	CouloirsCommand() {
		super("couloirs", Messages.couloirsSummary, Messages.couloirsHelp);
	}

	@Override
	public int run(List<String> args, CliContext context) {
		if (!args.isEmpty()) {
			throw new UsageException(NLS.bind(Messages.unexpectedArgument, args.get(0)));
		}
		CouloirRegistry registry = context.service(CouloirRegistry.class);
		registry.problems().forEach(p -> context.err().println(NLS.bind(Messages.couloirsProblem, p)));
		// a .view that does not hold leaves its couloir usable (the form from the .ecore), but its author must know
		context.service(ViewRegistry.class).problems().forEach(p -> context.err().println(NLS.bind(Messages.couloirsProblem, p)));
		if (registry.couloirs().isEmpty()) {
			context.out().println(Messages.couloirsNone);
		}
		for (Couloir couloir : registry.couloirs()) {
			context.out().println(couloir.id() + "\t" + couloir.label() + "\t(" + couloir.seed() + ")");
			for (TypePiece type : couloir.typesPieces()) {
				context.out().println("  pièce\t" + type.type() + "\t" + type.code() + "\t" + type.label());
			}
			for (ProfilReferencement profil : couloir.profils()) {
				context.out().println("  profil\t" + profil.feature() + "=" + profil.value() + "\t" + profil.nom());
			}
			context.out().println("  origine\t" + couloir.origin().kind().word() + "\t" + couloir.origin().location());
		}
		return OK;
	}
}
