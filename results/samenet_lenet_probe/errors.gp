# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"adam\\_lr0.001 goodness\\_every\\_label" 61.22 0 NaN
"adam\\_lr0.001 one\\_pass\\_softmax" 14.63 0 NaN
"adam\\_lr0.001\\_image\\_norm goodness\\_every\\_label" 76.22 0 NaN
"adam\\_lr0.001\\_image\\_norm one\\_pass\\_softmax" 9.15 0 NaN
"dense\\_2x500\\_label\\_channels\\_sgd\\_lr0.01 goodness\\_every\\_label" 90.57 0 NaN
"dense\\_2x500\\_label\\_channels\\_sgd\\_lr0.01 one\\_pass\\_softmax" 89.9 0 NaN
"dense\\_2x500\\_label\\_channels\\_sgd\\_lr0.01\\_image\\_norm goodness\\_every\\_label" 23.52 0 NaN
"dense\\_2x500\\_label\\_channels\\_sgd\\_lr0.01\\_image\\_norm one\\_pass\\_softmax" 43.66 0 NaN
"dense\\_2x500\\_label\\_pixels\\_sgd\\_lr0.01 goodness\\_every\\_label" 16.88 0 NaN
"dense\\_2x500\\_label\\_pixels\\_sgd\\_lr0.01 one\\_pass\\_softmax" 12.61 0 NaN
"pattern\\_sgd\\_lr0.0003 goodness\\_every\\_label" 72.6 0 NaN
"pattern\\_sgd\\_lr0.0003 one\\_pass\\_softmax" 10.17 0 NaN
"pattern\\_sgd\\_lr0.001 goodness\\_every\\_label" 50.55 0 NaN
"pattern\\_sgd\\_lr0.001 one\\_pass\\_softmax" 8.36 0 NaN
"pattern\\_sgd\\_lr0.001\\_strength0.3 goodness\\_every\\_label" 83.8 0 NaN
"pattern\\_sgd\\_lr0.001\\_strength0.3 one\\_pass\\_softmax" 21.98 0 NaN
"pattern\\_sgd\\_lr0.001\\_strength3 goodness\\_every\\_label" 80.58 0 NaN
"pattern\\_sgd\\_lr0.001\\_strength3 one\\_pass\\_softmax" 16.51 0 NaN
"pattern\\_sgd\\_lr0.001\\_wavelength3 goodness\\_every\\_label" 70.38 0 NaN
"pattern\\_sgd\\_lr0.001\\_wavelength3 one\\_pass\\_softmax" 9.09 0 NaN
"pattern\\_sgd\\_lr0.001\\_wavelength8 goodness\\_every\\_label" 79 0 NaN
"pattern\\_sgd\\_lr0.001\\_wavelength8 one\\_pass\\_softmax" 16.5 0 NaN
"pattern\\_sgd\\_lr0.003 goodness\\_every\\_label" 79.52 0 NaN
"pattern\\_sgd\\_lr0.003 one\\_pass\\_softmax" 10.95 0 NaN
"pixels\\_sgd\\_lr0.001 goodness\\_every\\_label" 84.91 0 NaN
"pixels\\_sgd\\_lr0.001 one\\_pass\\_softmax" 16.17 0 NaN
"sgd\\_lr0.0003 goodness\\_every\\_label" 84.2 0 NaN
"sgd\\_lr0.0003 one\\_pass\\_softmax" 9.9 0 NaN
"sgd\\_lr0.0003\\_image\\_norm goodness\\_every\\_label" 78.5 0 NaN
"sgd\\_lr0.0003\\_image\\_norm one\\_pass\\_softmax" 8.46 0 NaN
"sgd\\_lr0.0003\\_image\\_norm\\_channels goodness\\_every\\_label" 91.01 0 NaN
"sgd\\_lr0.0003\\_image\\_norm\\_channels one\\_pass\\_softmax" 11.29 0 NaN
"sgd\\_lr0.0003\\_image\\_norm\\_locations goodness\\_every\\_label" 89.15 0 NaN
"sgd\\_lr0.0003\\_image\\_norm\\_locations one\\_pass\\_softmax" 37.48 0 NaN
"sgd\\_lr0.0003\\_no\\_peer goodness\\_every\\_label" 80.81 0 NaN
"sgd\\_lr0.0003\\_no\\_peer one\\_pass\\_softmax" 10.73 0 NaN
"sgd\\_lr0.0003\\_no\\_peer\\_image\\_norm goodness\\_every\\_label" 83.84 0 NaN
"sgd\\_lr0.0003\\_no\\_peer\\_image\\_norm one\\_pass\\_softmax" 9.26 0 NaN
"sgd\\_lr0.003 goodness\\_every\\_label" 90.2 0 NaN
"sgd\\_lr0.003 one\\_pass\\_softmax" 89.9 0 NaN
"sgd\\_lr0.003\\_image\\_norm goodness\\_every\\_label" 88.26 0 NaN
"sgd\\_lr0.003\\_image\\_norm one\\_pass\\_softmax" 22.99 0 NaN
"sgd\\_lr0.003\\_image\\_norm\\_channels goodness\\_every\\_label" 88.84 0 NaN
"sgd\\_lr0.003\\_image\\_norm\\_channels one\\_pass\\_softmax" 32.65 0 NaN
"sgd\\_lr0.003\\_image\\_norm\\_locations goodness\\_every\\_label" 86.35 0 NaN
"sgd\\_lr0.003\\_image\\_norm\\_locations one\\_pass\\_softmax" 88.65 0 NaN
EOD
set terminal svg size 900,1254 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'samenet\_lenet\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pngcairo size 900,1254 font 'Helvetica,10'
set output 'errors.png'
set title 'samenet\_lenet\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
set terminal pdfcairo size 7in,6.68in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'samenet\_lenet\_probe: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [45.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [5:100]
set xtics ('5' 5, '10' 10, '20' 20, '50' 50, '100' 100)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab'
unset output
