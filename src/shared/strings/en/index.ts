/** The English catalogue: every sentence and label a person sees, one file per area. */
import { header } from './header';
import { views } from './views';
import { watch } from './watch';
import { alt } from './alt';
import { customMetadata } from './custom-metadata';
import { sidecar } from './sidecar';
import { batch } from './batch';
import { tabs } from './tabs';
import { empty } from './empty';
import { banners } from './banners';
import { history } from './history';
import { library } from './library';
import { dialogs } from './dialogs';
import { notices } from './notices';
import { formats } from './formats';
import { settings } from './settings';
import { connection } from './connection';
import { privateKey } from './private-key';
import { uploadSettings } from './upload-settings';
import { naming } from './naming';
import { presets } from './presets';
import { integrations } from './integrations';
import { quit } from './quit';
import { updates } from './updates';
import { nativeDialogs } from './native-dialogs';
import { startup } from './startup';
import { stateFolder } from './state-folder';
import { cli } from './cli';
import { errors } from './errors';
import { config } from './config';
import { picgo } from './picgo';
import { paths } from './paths';
import { images } from './images';
import { imagekit } from './imagekit';
import { fixes } from './fixes';
import { testServer } from './test-server';
import { validation } from './validation';
import { jobs } from './jobs';
import { selection } from './selection';
import { menu } from './menu';
import { shortcuts } from './shortcuts';
import { links } from './links';
import { teamCheck } from './team-check';

export const en = {
  header,
  views,
  batch,
  tabs,
  empty,
  banners,
  history,
  library,
  dialogs,
  notices,
  formats,
  settings,
  connection,
  privateKey,
  uploadSettings,
  naming,
  presets,
  integrations,
  quit,
  updates,
  nativeDialogs,
  startup,
  stateFolder,
  cli,
  errors,
  config,
  picgo,
  paths,
  images,
  imagekit,
  fixes,
  testServer,
  validation,
  jobs,
  selection,
  menu,
  teamCheck,
  shortcuts,
  watch,
  alt,
  links,
  customMetadata,
  sidecar,
};
