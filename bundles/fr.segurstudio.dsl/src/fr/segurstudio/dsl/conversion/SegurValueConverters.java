package fr.segurstudio.dsl.conversion;

import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.STRINGValueConverter;
import org.eclipse.xtext.conversion.impl.AbstractDeclarativeValueConverterService;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Values of the text syntax: strings with escapes; numbers and dates kept as written (the model converts
 * them by the field's type, so that 00001 keeps its zeros); field names as identifiers, or quoted when they
 * are not (an accepted variant such as "numérosFINESSGeos").
 */
public class SegurValueConverters extends AbstractDeclarativeValueConverterService {

	@Inject
	private STRINGValueConverter stringConverter;

	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
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
