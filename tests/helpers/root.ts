/** Test helpers import the root from here, never from env.ts, so they never load the CMS's environment early. */
export { projectRoot } from '../../cms/src/projectRoot'
