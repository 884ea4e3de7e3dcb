package fr.segurstudio.forms.swt.internal;

import org.eclipse.osgi.util.NLS;

/** The forms' French texts (messages.properties). */
public final class Messages extends NLS {

	public static String add;
	public static String addRow;
	public static String addValue;
	public static String remove;
	public static String removeRow;
	public static String up;
	public static String down;
	public static String required;
	public static String notFilled;
	public static String booleanNullable;
	public static String booleanUnset;
	public static String emptyChoice;
	public static String counter;
	public static String lengthExact;
	public static String lengthBelow;
	public static String dateHint;
	public static String amountHint;
	public static String amountUnit;
	public static String upperHint;
	public static String upperOffer;
	public static String codeHint;
	public static String codeUnknown;
	public static String valueHint;
	public static String noRow;
	public static String rowProblems;
	public static String commandSet;
	public static String commandAdd;
	public static String commandRemove;
	public static String commandMove;
	public static String commandUpper;
	public static String rawValue;

	static {
		NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
	}

	private Messages() {
	}
}
