# fflab final test errors: ours (mean, +/- standard deviation over seeds) and the paper's where it has one
$rows << EOD
"dfa\\_mnist softmax" 1.47 0 1.45
"drtp\\_mnist softmax" 7.94 0 4.03
"drtp\\_mnist\\_60k softmax" 4.22 0 4.03
"lenet\\_bp softmax" 0.71 0 0.91
"lenet\\_dfa softmax" 1.8 0 1.61
"lenet\\_fa softmax" 1.98 0 1.7
"lenet\\_sign\\_symmetry softmax" 0.73 0 0.91
"lenet\\_sign\\_symmetry\\_usf softmax" 0.79 0 0.94
"local\\_heads\\_mnist softmax" 0.72 0 0.68
"pepita\\_cifar10 softmax" 48.61 0 47.42
"pepita\\_cifar10\\_50k softmax" 47.35 0 47.42
"pepita\\_conv\\_mnist softmax" 2.67 0 NaN
"pepita\\_mnist softmax" 2.24 0 2
EOD
set terminal svg size 900,462 dynamic font 'Helvetica,12'
set output 'errors.svg'
set title 'rules\_paper: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [12.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:50]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pngcairo size 900,462 font 'Helvetica,10'
set output 'errors.png'
set title 'rules\_paper: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [12.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:50]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 2 samplen 2
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
set terminal pdfcairo size 7in,2.39in font 'Helvetica,6' linewidth 0.6
set output 'errors.pdf'
set title 'rules\_paper: test error'
set xlabel 'test error (%)'
set datafile missing 'NaN'
set yrange [12.6:-0.6]
set ytics scale 0
set grid xtics
set border 3
set xtics nomirror
set logscale x
set xrange [0.5:50]
set xtics ('0.5' 0.5, '1' 1, '2' 2, '5' 5, '10' 10, '20' 20, '50' 50)
set key below horizontal Left reverse width 1 samplen 1.5 font ',5'
plot $rows using 2:0:3:ytic(1) with xerrorbars pt 7 ps 0.8 lc 1 title 'fflab', \
     $rows using 4:0 with points pt 6 ps 1.3 lc 7 title 'paper'
unset output
