/** The English catalogue: every sentence and label a person sees, by area. */
import { batch, banners, empty, header, tabs, views } from './uploads';
import { history } from './history';
import { library } from './library';
import { dialogs } from './dialogs';
import { formats, notices } from './notices';
import { connection, privateKey } from './connection';
import { integrations, naming, presets, settings, uploadSettings } from './settings';
import { cli, nativeDialogs, quit, startup, stateFolder, updates } from './app';
import { config, errors, picgo } from './errors';
import { paths } from './paths';
import { images } from './images';
import { imagekit } from './imagekit';
import { validation } from './validation';
import { jobs, selection } from './list';
import { menu, shortcuts } from './keyboard';

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
  validation,
  jobs,
  selection,
  menu,
  shortcuts,
};
