// The Portal's form fields and messages: the staff ones, in its class names (.portal-field) and texts.
import { formFields } from "../../staff/components/form-field"

export const { Field, FormAlert, FormNotice } = formFields("portal")
