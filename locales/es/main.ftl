error-invalid_parameter = El valor de «{ $parameter }» no es válido: { $detail }
error-unknown_place = No conocemos el lugar «{ $input }». Pruebe un código postal de 5 dígitos, una ciudad y estado como «Houston, TX», o un estado.
error-ambiguous_place = Hay más de un lugar llamado «{ $input }». Elija uno.
error-unknown_need = «{ $need }» no es una de las necesidades que Faro conoce.
error-unknown_language = «{ $language }» no es un código de idioma que Faro conozca. Use un código ISO 639-3 de 3 letras, como «spa».
error-not_found = No pudimos encontrar eso.
error-not_ready = Faro se está iniciando. Inténtelo de nuevo en un momento.
error-internal = Algo salió mal de nuestro lado. No guardamos nada de lo que envió. Inténtelo de nuevo.
