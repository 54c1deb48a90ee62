/** The seed importer keys aliases the way the API looks names up (see modules/agency/agency.normalise). */
export { normalise } from '../../modules/agency/agency.normalise';
