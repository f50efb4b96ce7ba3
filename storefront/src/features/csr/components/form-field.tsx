// The CSR portal's form fields and messages: the staff ones, in its class names (.csr-field) and texts.
import { formFields } from "../../staff/components/form-field"

export const { Field, FormAlert, FormNotice } = formFields("csr")
