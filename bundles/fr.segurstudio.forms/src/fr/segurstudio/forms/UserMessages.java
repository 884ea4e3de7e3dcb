package fr.segurstudio.forms;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;

import fr.segurstudio.model.asp.AspClassMapping;
import fr.segurstudio.model.asp.AspFeatureMapping;
import fr.segurstudio.model.issue.Issue;

/**
 * A validator's message as a user reads it in the workbench: each field of the object it is about, which the
 * validator names by its JSON key (« dateCommande », « numeroFINESSGeos[0] », or a condition's
 * {@code isMandataire vaut true}), named by the label its form shows (« Date de commande », « Numéros FINESS
 * géographiques (sites), n° 1 »). The key stays where a developer looks for it (the Problems view's
 * location column, the .segur text); the command line keeps the validator's words.
 */
public final class UserMessages {

	/** A key written bare in a message (a condition): a camelCase identifier, never a plain word or an acronym. */
	private static final Pattern IDENTIFIER = Pattern.compile("[a-z]+[A-Z][A-Za-z0-9]*");

	private UserMessages() {
	}

	/** The issue's message with the labels of its object's fields; the message as it is when the issue has no object. */
	public static String of(Issue issue, ViewRegistry views) {
		EObject target = issue.target();
		String message = issue.message();
		if (target == null || views == null) {
			return message;
		}
		for (AspFeatureMapping mapping : AspClassMapping.of(target.eClass()).features()) {
			String key = mapping.key();
			if (!message.contains(key)) {
				continue;
			}
			String name = views.label(target, mapping.feature());
			String label = "« " + name + " »";
			message = message.replace("« " + key + " »", label);
			// an item of a list (« numeroFINESSGeos[0] »), counted from 1 as a user counts
			message = Pattern.compile("« " + Pattern.quote(key) + "\\[(\\d+)\\] »").matcher(message)
					.replaceAll(m -> Matcher.quoteReplacement("« " + name + ", n° " + (Integer.parseInt(m.group(1)) + 1) + " »"));
			if (IDENTIFIER.matcher(key).matches()) {
				// not inside a longer word, a path (a.b[0].key) or guillemets already replaced
				message = message.replaceAll("(?<![\\p{L}\\p{N}_.\\[])" + Pattern.quote(key) + "(?![\\p{L}\\p{N}_.\\[])", Matcher.quoteReplacement(label));
			}
		}
		return message;
	}
}
