package fr.segurstudio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import fr.segurstudio.dsl.model.TextLiterals;

/**
 * Values of the text syntax: strings with escapes; values kept as a file wrote them ({@code `12345`}); numbers and dates kept as written (the model converts
 * them by the field's type, so that 00001 keeps its zeros); field names as identifiers, or quoted when they
 * are not (an accepted variant such as "numérosFINESSGeos").
 */
public class SegurValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private STRINGValueConverter stringConverter;

	/** Strings with Java escapes; written with every invisible character escaped ({@link TextLiterals#string}). */
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) throws ValueConverterException {
				return stringConverter.toValue(string, node);
			}

			@Override
			protected String internalToString(String value) {
				return TextLiterals.string(value);
			}
		};
	}

	/** {@code `json`}: the JSON text between the backquotes, as a file wrote it. */
	@ValueConverter(rule = "JSON")
	public IValueConverter<String> JSON() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) {
				return string.length() >= 2 ? string.substring(1, string.length() - 1) : "";
			}

			@Override
			protected String internalToString(String value) {
				return TextLiterals.json(value);
			}
		};
	}

	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		return AsWritten.INSTANCE;
	}

	@ValueConverter(rule = "NUMBER")
	public IValueConverter<String> NUMBER() {
		return AsWritten.INSTANCE;
	}

	@ValueConverter(rule = "DATE")
	public IValueConverter<String> DATE() {
		return AsWritten.INSTANCE;
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return AsWritten.INSTANCE;
	}

	@ValueConverter(rule = "Boolean")
	public IValueConverter<String> Boolean() {
		return AsWritten.INSTANCE;
	}

	/** An identifier when it is one, else a quoted string. */
	@ValueConverter(rule = "FeatureName")
	public IValueConverter<String> FeatureName() {
		return new AbstractNullSafeConverter<>() {
			@Override
			protected String internalToValue(String string, INode node) throws ValueConverterException {
				return string.startsWith("\"") ? stringConverter.toValue(string, node) : string;
			}

			@Override
			protected String internalToString(String value) {
				return value.matches("[A-Za-z_][A-Za-z_0-9]*") ? value : stringConverter.toString(value);
			}
		};
	}

	/** The token's text itself, both ways. */
	private static final class AsWritten extends AbstractNullSafeConverter<String> {
		static final AsWritten INSTANCE = new AsWritten();

		@Override
		protected String internalToValue(String string, INode node) {
			return string;
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}
}
